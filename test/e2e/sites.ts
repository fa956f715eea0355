import { testBuilds } from '../../scripts/build-site';

// Ports overridable so that two checkouts can run their browser tests at once.
const port = Number(process.env.E2E_PORT ?? 4174);

/** The builds the Chromium tests open, each served by nginx: at the root, and under a base path. */
export const sites = {
  root: { ...testBuilds.root, port },
  base: { ...testBuilds.base, port: port + 1 },
};

export const siteUrl = (site: { port: number }) => `http://127.0.0.1:${site.port}`;
