import { walkEveryPath } from './ui-paths';

walkEveryPath(1, 2);
