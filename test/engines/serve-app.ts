import type { TestProject } from 'vitest/node';
import { buildSite } from '../../scripts/build-site';
import { startNginx } from '../../scripts/nginx';
import { appPort } from './ports';

const outDir = 'dist-engines';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** Vitest global setup: builds the app once and serves the build with nginx for every engine's scenarios. */
export default async function serveApp(project: TestProject) {
  await buildSite(outDir);
  const server = await startNginx({ root: outDir, port: appPort });
  project.provide('baseUrl', server.url);
  return () => server.stop();
}
