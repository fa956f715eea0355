// `npm run addresses`: appends every address the site now publishes to the registry of published addresses.
import { recordPublishedAddresses } from './published-addresses.ts';

recordPublishedAddresses(process.cwd());
