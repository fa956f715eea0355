import { parse } from 'parse5';

/** An element of a page as an HTML parser reads it: its tag, attributes, text and what it holds. */
export interface Element {
  tag: string;
  attributes: ReadonlyMap<string, string>;
  children: readonly Element[];
  /** What it holds in order: its elements and its texts. */
  parts: readonly (Element | string)[];
  /** Its text as a person reads it: every text inside it, entities read, white space collapsed. */
  text: string;
}

interface ParsedNode {
  nodeName: string;
  tagName?: string;
  value?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: ParsedNode[];
  content?: ParsedNode;
}

function elementOf(node: ParsedNode): { element?: Element; text: string } {
  if (node.nodeName === '#text') return { text: node.value ?? '' };
  const parts = (node.childNodes ?? []).map(elementOf);
  const text = parts.map((part) => part.text).join('');
  if (!node.tagName) return { text };
  const element = {
    tag: node.tagName,
    attributes: new Map((node.attrs ?? []).map(({ name, value }) => [name, value])),
    children: parts.flatMap((part) => part.element ?? []),
    parts: parts.map((part) => part.element ?? part.text),
    text: text.replace(/\s+/g, ' ').trim(),
  };
  // A style's or script's source is not text anyone reads.
  return { element, text: ['style', 'script', 'template'].includes(node.tagName) ? '' : text };
}

/** Parses a whole page. */
export function parsePage(html: string): Element {
  const document = parse(html) as unknown as ParsedNode;
  const root = (document.childNodes ?? []).map(elementOf).find((part) => part.element?.tag === 'html')?.element;
  if (!root) throw new Error('No <html> element');
  return root;
}

/** Every element inside `root` (itself included) that the test accepts, in document order. */
export function findAll(root: Element, accepts: (element: Element) => boolean): Element[] {
  return [...(accepts(root) ? [root] : []), ...root.children.flatMap((child) => findAll(child, accepts))];
}

export const find = (root: Element, accepts: (element: Element) => boolean): Element | undefined => findAll(root, accepts)[0];

export const byTag = (tag: string) => (element: Element) => element.tag === tag;

/** The text of an element but for what the test leaves out (a section, what is hidden), white space collapsed. */
export function textWithout(root: Element, leavesOut: (element: Element) => boolean): string {
  const textOf = (element: Element): string =>
    leavesOut(element) ? ' ' : element.parts.map((part) => (typeof part === 'string' ? part : textOf(part))).join('');
  return textOf(root).replace(/\s+/g, ' ').trim();
}
