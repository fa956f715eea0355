import type { TestProject } from 'vitest/node';
import { testBuild, testBuilds } from '../../scripts/build-site';
import { startNginx } from '../../scripts/nginx';
import { appPort } from './ports';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** Vitest global setup: builds the app once and serves the build with nginx for every engine's scenarios. */
export default async function serveApp(project: TestProject) {
  await testBuild(testBuilds.root);
  const server = await startNginx({ root: testBuilds.root.outDir, port: appPort });
  project.provide('baseUrl', server.url);
  return () => server.stop();
}
