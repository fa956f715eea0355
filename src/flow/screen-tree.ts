import { getShortestPaths } from 'xstate/graph';
import { screenKey, traversal } from './reachable';
import type { WizardSnapshot } from './screen';
import { screenModelOf, type Move, type ScreenModel } from './screen-model';
import { wizardMachine } from './wizard-machine';

export interface ScreenNode {
  snapshot: WizardSnapshot;
  model: ScreenModel;
  /** The move on the parent screen that leads here; none for the start page. */
  via?: Move;
  children: ScreenNode[];
}

const sameEvent = (a: Move['event'], b: Move['event']) => JSON.stringify(a) === JSON.stringify(b);

/** Every reachable screen as a tree, each under the screen it is first reached from. */
export function screenTree(): ScreenNode {
  const paths = getShortestPaths(wizardMachine, traversal);
  const nodes = new Map(paths.map((path) => [screenKey(path.state), { snapshot: path.state, model: screenModelOf(path.state), children: [] as ScreenNode[] } as ScreenNode]));
  let root: ScreenNode | undefined;
  for (const path of paths) {
    const node = nodes.get(screenKey(path.state))!;
    const parent = path.steps.at(-2);
    if (!parent) {
      root = node;
      continue;
    }
    const parentNode = nodes.get(screenKey(parent.state))!;
    node.via = parentNode.model.moves.find((move) => sameEvent(move.event, path.steps.at(-1)!.event));
    parentNode.children.push(node);
  }
  if (!root) throw new Error('The machine has no start screen');
  return root;
}
