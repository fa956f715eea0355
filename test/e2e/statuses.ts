import type { APIRequestContext, APIResponse } from '@playwright/test';

/** The statuses the site's server answers with, each asked for once, in a way a person or a crawler might. */
export async function askForEachStatus(request: APIRequestContext): Promise<Record<number, APIResponse>> {
  const page = await request.get('/user-type/');
  return {
    200: page,
    301: await request.get('/user-type', { maxRedirects: 0 }),
    304: await request.get('/user-type/', { headers: { 'if-none-match': page.headers().etag! } }),
    400: await request.get('/%'),
    404: await request.get('/no-such-page/'),
    405: await request.fetch('/user-type/', { method: 'DELETE' }),
    413: await request.post('/user-type/', { data: Buffer.alloc(2 * 1024 * 1024) }),
    414: await request.get(`/${'a'.repeat(9000)}/`),
  };
}
