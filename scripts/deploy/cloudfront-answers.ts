import { answerRedirects } from './answer-redirects.ts';

/**
 * The CloudFront key value store the viewer-request function reads, in the file format CloudFront
 * imports: each answer a form accepts (its page, `?`, its query) to the screen the machine gives, and
 * each form's page to itself, where anything else it sends goes back.
 */
export function cloudfrontAnswerStore(base: string): string {
  const redirects = answerRedirects(base);
  const data = [
    ...redirects.map(({ from, query, to }) => ({ key: `${from}?${query}`, value: to })),
    ...[...new Set(redirects.map(({ from }) => from))].map((page) => ({ key: page, value: page })),
  ];
  // One pair a line, so that a change to the wizard reads as a change to its lines.
  return `{"data":[\n${data.map((pair) => JSON.stringify(pair)).join(',\n')}\n]}\n`;
}
