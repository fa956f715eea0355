import { getShortestPaths } from 'xstate/graph';
import { screenKey, traversal } from './reachable';
import type { WizardSnapshot } from './screen';
import type { WizardEvent } from './wizard-events';
import { wizardMachine } from './wizard-machine';

export interface ScreenNode {
  snapshot: WizardSnapshot;
  /** The event that leads here from the parent screen; none for the start page. */
  via?: WizardEvent;
  children: ScreenNode[];
}

/** Every reachable screen as a tree, each under the screen it is first reached from. */
export function screenTree(): ScreenNode {
  const paths = getShortestPaths(wizardMachine, traversal);
  const nodes = new Map(
    paths.map((path) => {
      const last = path.steps.at(-1);
      const via = path.steps.length > 1 ? last?.event : undefined;
      return [screenKey(path.state), { snapshot: path.state, via, children: [] as ScreenNode[] }] as const;
    }),
  );
  let root: ScreenNode | undefined;
  for (const path of paths) {
    const node = nodes.get(screenKey(path.state))!;
    const parent = path.steps.at(-2);
    if (parent) nodes.get(screenKey(parent.state))!.children.push(node);
    else root = node;
  }
  if (!root) throw new Error('The machine has no start screen');
  return root;
}
