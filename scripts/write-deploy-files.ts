import { writeFileSync } from 'node:fs';
import { deployFiles } from './deploy/deploy-files.ts';

// `npm run deploy:config`: rewrites the shipped deploy files after a change to deploy/headers.ts.
for (const [path, text] of Object.entries(deployFiles())) {
  writeFileSync(path, text);
  console.log(`wrote ${path}`);
}
