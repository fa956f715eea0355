import type { ScreenNode } from '../flow/screen-tree';

/** Case, quotes and spacing aside, so "im not sure" finds “I’m not sure”. */
const folded = (text: string) => text.toLowerCase().replace(/[“”‘’"']/g, '').replace(/\s+/g, ' ');

export const queryWords = (query: string) => folded(query).split(' ').filter((word) => word !== '');

/** What the map shows of a screen: the answer or action that leads to it, its heading, and on a step its caption. */
function ownWords(node: ScreenNode): string {
  const { heading, caption = '' } = node.model.words;
  return `${node.via?.label ?? ''} ${caption} ${heading}`;
}

/** Each screen with the words of its whole path from the start: who, where, which step, which outcome. */
export function pathWords(tree: ScreenNode): Map<ScreenNode, string> {
  const words = new Map<ScreenNode, string>();
  const visit = (node: ScreenNode, before: string) => {
    const own = `${before} ${folded(ownWords(node))}`;
    words.set(node, own);
    for (const child of node.children) visit(child, own);
  };
  visit(tree, '');
  return words;
}

export interface Filtered {
  /** The screens whose path has every word of the query. */
  matches: ReadonlySet<ScreenNode>;
  /** The matches and the screens on the way to them. */
  shown: ReadonlySet<ScreenNode>;
}

export function filterScreens(tree: ScreenNode, words: ReadonlyMap<ScreenNode, string>, query: string): Filtered {
  const wanted = queryWords(query);
  const matches = new Set<ScreenNode>();
  const shown = new Set<ScreenNode>();
  const visit = (node: ScreenNode): boolean => {
    const own = wanted.every((word) => words.get(node)!.includes(word));
    if (own) matches.add(node);
    // Every child is visited, so each match below is found and counted.
    const below = node.children.map(visit).some(Boolean);
    if (own || below) shown.add(node);
    return own || below;
  };
  visit(tree);
  return { matches, shown };
}
