import { prerender } from 'react-dom/static';
import { pathOf, resolvePath } from './address/address';
import { base } from './address/base';
import { App } from './app';
import { reachableScreens } from './flow/reachable';
import { pageDescription } from './page-meta';
import { headingOf } from './screens/heading';
import { documentTitle } from './ui/document-title';

/** What the build writes for one address: the screen's markup and what goes in the page's head. */
export interface RenderedPage {
  path: string;
  title: string;
  description: string;
  html: string;
}

/** Every reachable screen's address, found from the machine's graph. */
export function screenPaths(): string[] {
  return reachableScreens().map((snapshot) => pathOf(snapshot, base));
}

/** Renders an address as the client would, waiting for the screens that load on demand. */
export async function renderPage(path: string): Promise<RenderedPage> {
  const { snapshot } = resolvePath(path, base);
  const { prelude } = await prerender(<App path={path} />);
  return {
    path,
    title: documentTitle(headingOf(snapshot)),
    description: pageDescription(snapshot),
    html: await new Response(prelude).text(),
  };
}
