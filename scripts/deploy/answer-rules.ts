import type { AnswerRedirect } from './answer-redirects.ts';

/**
 * The answer redirects made smaller for a server's rules: where the same ending of an address with the
 * same answer leads to the same ending on every page that ends that way (Yes on every check page
 * leads to its done page), one pattern stands for them all; the rest stay one by one.
 */
export interface AnswerRules {
  /** Redirects that stand alone: the page and its query, exactly. */
  exact: readonly AnswerRedirect[];
  /** Endings shared by several pages: `check/` with `answer=yes` leads to `done/` in place of it. */
  endings: readonly { from: string; query: string; to: string }[];
  /** The last segment of every page with a form: any other query there goes back to the page. */
  formPages: readonly string[];
}

const segments = (path: string) => path.split('/').filter(Boolean);

function split(rule: AnswerRedirect) {
  const from = segments(rule.from);
  const to = segments(rule.to);
  let shared = 0;
  while (shared < from.length - 1 && from[shared] === to[shared]) shared += 1;
  const ending = (parts: string[]) => `${parts.slice(shared).join('/')}/`;
  return { from: ending(from), to: ending(to) };
}

/** Groups the redirects of a site under `base` into exact rules and shared endings. */
export function answerRules(redirects: readonly AnswerRedirect[]): AnswerRules {
  const pagesEndingWith = (ending: string) => new Set(redirects.map((rule) => rule.from).filter((page) => page.endsWith(`/${ending}`)));
  const groups = new Map<string, AnswerRedirect[]>();
  for (const rule of redirects) {
    const key = `${split(rule).from}?${rule.query}`;
    groups.set(key, [...(groups.get(key) ?? []), rule]);
  }
  const exact: AnswerRedirect[] = [];
  const endings: AnswerRules['endings'][number][] = [];
  for (const group of groups.values()) {
    const parts = group.map(split);
    const { from, to } = parts[0]!;
    const shared = group.length > 1 && parts.every((part) => part.to === to) && pagesEndingWith(from).size === group.length;
    if (shared) endings.push({ from, query: group[0]!.query, to });
    else exact.push(...group);
  }
  const formPages = [...new Set(redirects.map((rule) => segments(rule.from).at(-1)!))];
  return { exact, endings, formPages };
}
