import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { securityHeaders } from '../../deploy/headers';
import { deployFiles } from '../../scripts/deploy/deploy-files';

const directives = (policy: string) => policy.split(';').map((directive) => directive.trim()).filter(Boolean);

interface CloudFrontRequest {
  uri: string;
}
// The function's key value store is not needed for addresses without a query (answer-redirects.test.ts has it).
const viewerRequest = new Function('cf', `${readFileSync('deploy/cloudfront/viewer-request.js', 'utf8').replace("import cf from 'cloudfront';", '')}; return handler;`)({
  kvs: () => ({}),
}) as (event: { request: CloudFrontRequest }) => Promise<CloudFrontRequest | { statusCode: number; headers: { location: { value: string } } }>;

describe('the deploy files', () => {
  it.each(Object.entries(deployFiles()))('%s is up to date with deploy/headers.ts (npm run deploy:config)', (path, text) => {
    expect(readFileSync(path, 'utf8')).toBe(text);
  });

  it('the server’s policy is each page’s own, less its default and style sources, with frame-ancestors added', () => {
    const page = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(readFileSync('index.html', 'utf8'))![1]!;
    const expected = directives(page).filter((directive) => !/^(default|style)-src /.test(directive));
    expect(directives(securityHeaders['Content-Security-Policy']!).toSorted()).toEqual([...expected, "frame-ancestors 'none'"].toSorted());
  });

  it('the CloudFront function serves a page’s folder and sends an address without its trailing slash to it', async () => {
    expect(await viewerRequest({ request: { uri: '/' } })).toEqual({ uri: '/index.html' });
    expect(await viewerRequest({ request: { uri: '/iam-user/console/sessions/' } })).toEqual({ uri: '/iam-user/console/sessions/index.html' });
    expect(await viewerRequest({ request: { uri: '/assets/index-abc123.js' } })).toEqual({ uri: '/assets/index-abc123.js' });
    expect(await viewerRequest({ request: { uri: '/iam-user/console/sessions' } })).toMatchObject({
      statusCode: 301,
      headers: { location: { value: '/iam-user/console/sessions/' } },
    });
  });
});
