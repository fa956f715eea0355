import { reachableScreens } from '../flow/reachable';
import { mapPath, pathOf } from './address';

/** Every address the site publishes: each reachable screen, found from the machine's graph, and the map. */
export function sitePaths(base = '/'): string[] {
  return [...reachableScreens().map((snapshot) => pathOf(snapshot, base)), mapPath(base)];
}
