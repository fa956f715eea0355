import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pathOf, resolvePath } from '../../src/address/address';
import { reachableScreens } from '../../src/flow/reachable';
import { screenOf } from '../../src/flow/screen';
import { screenModelOf } from '../../src/flow/screen-model';
import { answerRedirects } from '../../scripts/deploy/answer-redirects';
import { redirectsFile } from '../../scripts/deploy/host-rules';
import { nginxMaps } from '../../scripts/deploy/nginx-site';

/** The answer map as nginx reads it: the address exactly, else the first pattern that matches, its $1 filled in. */
function nginxAnswerMap(maps: string): (requestUri: string) => string {
  const block = /map \$request_uri \$sign_out_answer_at \{\n([\s\S]*?)\n\}/.exec(maps)![1]!;
  const entries = block.split('\n').flatMap((line) => {
    const entry = /^\s*"(.*)" "(.*)";$/.exec(line);
    return entry ? [[entry[1]!, entry[2]!] as const] : [];
  });
  const exact = new Map(entries.filter(([key]) => !key.startsWith('~')));
  const patterns = entries.filter(([key]) => key.startsWith('~')).map(([key, value]) => [new RegExp(key.slice(1)), value] as const);
  return (requestUri) => {
    const found = exact.get(requestUri);
    if (found !== undefined) return found;
    for (const [pattern, value] of patterns) {
      const match = pattern.exec(requestUri);
      if (match) return value.replace(/\$(\d)/g, (_, group: string) => match[Number(group)] ?? '');
    }
    return '';
  };
}

interface KvsRedirect {
  statusCode?: number;
  headers?: { location: { value: string } };
  uri?: string;
}
type QueryField = { value: string; multiValue?: { value: string }[] };

/** The CloudFront function, run in Node with its key value store read from answer-redirects.json. */
function cloudfrontFunction(): (uri: string, query: string) => Promise<KvsRedirect> {
  const store = new Map<string, string>(
    (JSON.parse(readFileSync('deploy/cloudfront/answer-redirects.json', 'utf8')) as { data: { key: string; value: string }[] }).data.map(
      ({ key, value }) => [key, value],
    ),
  );
  const cf = {
    kvs: () => ({
      get: async (key: string) => {
        if (!store.has(key)) throw new Error(`Key ${key} not found`);
        return store.get(key);
      },
    }),
  };
  const source = readFileSync('deploy/cloudfront/viewer-request.js', 'utf8').replace("import cf from 'cloudfront';", '');
  const handler = new Function('cf', `${source}; return handler;`)(cf) as (event: object) => Promise<KvsRedirect>;
  return (uri, query) => {
    // As CloudFront hands the query to a function: each name once, a repeated one with all its values.
    const querystring: Record<string, QueryField> = {};
    for (const [name, value] of new URLSearchParams(query)) {
      const field = querystring[name];
      if (field) field.multiValue = [...(field.multiValue ?? [{ value: field.value }]), { value }];
      else querystring[name] = { value };
    }
    return handler({ request: { uri, querystring } });
  };
}

const redirects = answerRedirects('/');
const formPages = [...new Set(redirects.map(({ from }) => from))];
const accepted = (page: string) => new Set(redirects.filter(({ from }) => from === page).map(({ query }) => query));
// Every value any form accepts anywhere, a word none does, and boxes in the wrong order.
const values = [...new Set(redirects.flatMap(({ query }) => query.split('&').map((field) => field.slice('answer='.length)))), 'zzz'];
const refusedQueries = (page: string) =>
  [
    '',
    'answer=',
    ...values.map((value) => `answer=${value}`),
    'answer=cli&answer=console',
    'answer=access-portal&answer=console',
    'answer=root-user&utm_source=mail',
  ].filter((query) => !accepted(page).has(query));

describe('the answer redirects, from the machine', () => {
  it('cover every screen with a form, each answer it accepts, in the order its boxes appear', () => {
    const withForms = reachableScreens().filter((snapshot) => ['question', 'confirmation'].includes(screenOf(snapshot).kind));
    expect(formPages.toSorted()).toEqual(withForms.map(pathOf).toSorted());
    for (const snapshot of withForms) {
      expect(accepted(pathOf(snapshot)).size, `${pathOf(snapshot)}`).toBe(screenOf(snapshot).forward.length);
      const model = screenModelOf(snapshot);
      const boxes = model.kind === 'question' ? model.boxes?.options.map((option) => option.value) : undefined;
      if (!boxes) continue;
      for (const query of accepted(pathOf(snapshot))) {
        const ticked = query.split('&').map((field) => field.slice('answer='.length));
        expect(ticked, `${pathOf(snapshot)}?${query}`).toEqual(boxes.filter((box) => ticked.includes(box)));
      }
    }
    expect(redirects.some(({ query }) => query.split('&').length === 3)).toBe(true);
  });

  it('each lead to a screen one answer beyond its form’s, as the address reads it', () => {
    const wrong = redirects.filter(({ from, to }) => {
      const reached = resolvePath(to);
      return !reached.recognised || pathOf(reached.snapshot) !== to || JSON.stringify(reached.events.slice(0, -1)) !== JSON.stringify(resolvePath(from).events);
    });
    expect(wrong).toEqual([]);
  }, 120_000);
});

describe.each(['/', '/sign-out/'])('nginx’s answer map, under %s', (base) => {
  const lookup = nginxAnswerMap(nginxMaps({ base }));
  const rebased = (path: string) => `${base}${path.slice(1)}`;

  it('sends every answer every form accepts to the screen the machine gives', () => {
    const wrong = redirects.filter(({ from, query, to }) => lookup(`${rebased(from)}?${query}`) !== rebased(to));
    expect(wrong).toEqual([]);
  });

  it('sends nothing chosen, an answer the question refuses, or boxes out of order back to the question', () => {
    const kept = formPages.flatMap((page) => refusedQueries(page).map((query) => `${rebased(page)}?${query}`)).filter((address) => lookup(address) !== address.slice(0, address.indexOf('?')));
    expect(kept).toEqual([]);
  });

  it('leaves alone a page asked for without a query, and a query on a page without a form', () => {
    for (const path of [...formPages, '/', '/map/?q=builder+id', '/iam-user/this-browser/console/one/steps/1/?answer=yes', '/assets/x.js?answer=yes']) {
      expect(lookup(rebased(path)), `${path}`).toBe('');
    }
  });
});

describe('the CloudFront function', () => {
  const request = cloudfrontFunction();

  it('sends every answer every form accepts to the screen the machine gives (303)', async () => {
    for (const { from, query, to } of redirects) {
      expect(await request(from, query), `${from}?${query}`).toEqual({ statusCode: 303, statusDescription: 'See Other', headers: { location: { value: to } } });
    }
  });

  it('sends an answer the question refuses, or boxes out of order, back to the question; a page without a query is served', async () => {
    const kept: string[] = [];
    for (const page of formPages) {
      for (const query of refusedQueries(page).filter(Boolean)) {
        if ((await request(page, query)).headers?.location.value !== page) kept.push(`${page}?${query}`);
      }
      expect(await request(page, ''), `${page}`).toMatchObject({ uri: `${page}index.html` });
    }
    expect(kept).toEqual([]);
    expect(await request('/map/', 'q=builder+id')).toMatchObject({ uri: '/map/index.html' });
  });
});

describe('Netlify’s _redirects', () => {
  const rules = redirectsFile('/', [], redirects)
    .split('\n')
    .map((line) => line.split(' '))
    .filter((fields) => fields.length === 4);

  it('sends each answer of a question of one answer to the screen the machine gives, and leaves out the boxes Netlify cannot tell apart', () => {
    const single = redirects.filter(({ from }) => ![...accepted(from)].some((query) => query.includes('&')));
    expect(rules).toEqual(single.map(({ from, query, to }) => [from, query, to, '303!']));
    expect(rules.some(([from]) => from!.endsWith('/portal/'))).toBe(false);
    expect(rules.length).toBeGreaterThan(500);
  });
});
