import { answerRedirects } from './answer-redirects.ts';
import { answerRules } from './answer-rules.ts';

/** The variable, set by a map in the http block, that holds where a form's answer leads, or nothing. */
export const answerVariable = '$sign_out_answer_to';
/** Where the address asked for leads, whatever the method: only a GET or HEAD is a form's answer. */
const addressVariable = '$sign_out_answer_at';

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Where a form sent without script leads, by the address asked for (the page and its query, as sent):
 * each answer a page's form accepts, to the screen the machine gives for it; anything else sent from a
 * form's page (nothing chosen, an answer it refuses) back to the page itself. Exact addresses are
 * looked up first, then the patterns in order.
 */
export function nginxAnswerMap(base: string): string[] {
  const { exact, endings, formPages } = answerRules(answerRedirects(base));
  // Any folders under the base, then the ending: the page the ending belongs to, kept as $1.
  const page = `^(${escaped(base)}(?:[^?]*/)?`;
  return [
    '# Written from the wizard\'s machine: each answer a form accepts, without script, to its screen.',
    `map $request_uri ${addressVariable} {`,
    '    default "";',
    ...exact.map(({ from, query, to }) => `    "${from}?${query}" "${to}";`),
    ...endings.map(({ from, query, to }) => `    "~${page})${escaped(from)}\\?${escaped(query)}$" "$1${to}";`),
    `    "~${page}(?:${formPages.map(escaped).join('|')})/)\\?" "$1";`,
    '}',
    '# A form is sent with GET; any other method keeps its own answer (405).',
    `map $request_method ${answerVariable} {`,
    '    default "";',
    `    GET ${addressVariable};`,
    `    HEAD ${addressVariable};`,
    '}',
  ];
}

/** For the server block: a form's answer is sent on to its screen, the way a link would have led. */
export const nginxAnswerRedirect = [
  '# A form sent without script (a GET to its own page, ?answer=...) is answered with the screen it leads',
  '# to: 303, "see the answer there", which no cache or browser keeps as the page having moved.',
  `if (${answerVariable}) {`,
  `    return 303 ${answerVariable};`,
  '}',
];
