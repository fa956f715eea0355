import { testBuild } from '../../scripts/build-site';
import { startNginx } from '../../scripts/nginx';
import { sites } from './sites';

/** Playwright global setup: builds each site and serves it with nginx, as it would be deployed. */
export default async function serveSites() {
  await Promise.all(Object.values(sites).map(testBuild));
  const servers = await Promise.all(Object.values(sites).map(({ outDir, port, base }) => startNginx({ root: outDir, port, base })));
  return async () => {
    await Promise.all(servers.map((server) => server.stop()));
  };
}
