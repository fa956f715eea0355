// Part of `npm test`: builds the sites every suite reads once, before the suites run.
import { buildSite, testBuilds } from './build-site.ts';

await Promise.all(Object.values(testBuilds).map(({ outDir, base, compression }) => buildSite(outDir, base, compression)));
