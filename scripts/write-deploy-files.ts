import { writeFileSync } from 'node:fs';
import { deployFiles } from './deploy/deploy-files.ts';

// `npm run deploy:config`: rewrites the shipped deploy files after a change to deploy/headers.ts or to
// the wizard. `BASE=/sign-out/ npm run deploy:config` writes them for a site under that path instead.
for (const [path, text] of Object.entries(deployFiles(process.env.BASE))) {
  writeFileSync(path, text);
  console.log(`wrote ${path}`);
}
