import { reachableScreens } from '../flow/reachable';
import { mapPath, pathOf } from './address';

/** Every address the site publishes: each reachable screen, found from the machine's graph, and the map. */
export function sitePaths(): string[] {
  return [...reachableScreens().map(pathOf), mapPath];
}
