import { walkEveryPath } from './ui-paths';

walkEveryPath(2, 2);
