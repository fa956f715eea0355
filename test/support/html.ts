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

/** Nothing anyone reads: a style's or script's source. */
const unread = new Set(['style', 'script', 'template']);

/** An element's text, collapsed, or its raw text for its parent to join; worked out when a test asks. */
class ParsedElement implements Element {
  readonly tag: string;
  readonly attributes: ReadonlyMap<string, string>;
  readonly parts: readonly (Element | string)[];
  readonly children: readonly Element[];
  #raw: string | undefined;
  #text: string | undefined;

  constructor(node: ParsedNode & { tagName: string }) {
    this.tag = node.tagName;
    this.attributes = new Map((node.attrs ?? []).map(({ name, value }) => [name, value]));
    this.parts = (node.childNodes ?? []).flatMap(partOf);
    this.children = this.parts.filter((part): part is Element => typeof part !== 'string');
  }

  /** Every text inside it, as written. */
  get raw(): string {
    this.#raw ??= this.parts.map((part) => (typeof part === 'string' ? part : unread.has(part.tag) ? '' : (part as ParsedElement).raw)).join('');
    return this.#raw;
  }

  get text(): string {
    this.#text ??= this.raw.replace(/\s+/g, ' ').trim();
    return this.#text;
  }
}

function partOf(node: ParsedNode): Array<Element | string> {
  if (node.nodeName === '#text') return [node.value ?? ''];
  if (node.tagName) return [new ParsedElement(node as ParsedNode & { tagName: string })];
  // A comment holds nothing a person reads.
  return (node.childNodes ?? []).flatMap(partOf);
}

/**
 * A style's rules, left out before parsing: no test reads them, and they are two thirds of every page's
 * bytes (each page inlines its stylesheet), so parsing all the pages took 3.9 s with them, 1.6 s without.
 */
const styleRules = /(<style\b[^>]*>)[^<]*(<\/style>)/g;

/** Parses a whole page. */
export function parsePage(html: string): Element {
  const document = parse(html.replace(styleRules, '$1$2')) as unknown as ParsedNode;
  const root = (document.childNodes ?? []).flatMap(partOf).find((part): part is Element => typeof part !== 'string' && part.tag === 'html');
  if (!root) throw new Error('No <html> element');
  return root;
}

/** Every element inside `root` (itself included) that the test accepts, in document order. */
export function findAll(root: Element, accepts: (element: Element) => boolean): Element[] {
  return [...(accepts(root) ? [root] : []), ...root.children.flatMap((child) => findAll(child, accepts))];
}

/** The first element inside `root` (itself included) that the test accepts, in document order; the rest is not searched. */
export function find(root: Element, accepts: (element: Element) => boolean): Element | undefined {
  if (accepts(root)) return root;
  for (const child of root.children) {
    const found = find(child, accepts);
    if (found) return found;
  }
  return undefined;
}

export const byTag = (tag: string) => (element: Element) => element.tag === tag;

/** The text of an element but for what the test leaves out (a section, what is hidden), white space collapsed. */
export function textWithout(root: Element, leavesOut: (element: Element) => boolean): string {
  const textOf = (element: Element): string =>
    leavesOut(element) ? ' ' : element.parts.map((part) => (typeof part === 'string' ? part : textOf(part))).join('');
  return textOf(root).replace(/\s+/g, ' ').trim();
}
