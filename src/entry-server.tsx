import { prerender } from 'react-dom/static';
import { isMapPath, resolvePath } from './address/address';
import { base } from './address/base';
import { sitePaths } from './address/site-paths';
import { App } from './app';
import { screenOf } from './flow/screen';
import { mapPageWords, screenWords } from './flow/screen-words';

/** What the build writes for one address: the screen's markup and what goes in the page's head. */
export interface RenderedPage {
  path: string;
  title: string;
  description: string;
  html: string;
  /** The module, loaded on demand by the client, that this page shows: its code and styles go in the head. */
  onDemand?: 'src/wizard-page.tsx' | 'src/map/map-page.tsx';
}

/** Every reachable screen's address, found from the machine's graph, and the map of them all. */
export function pagePaths(): string[] {
  return sitePaths(base);
}

/** Renders an address as the client would, waiting for the screens that load on demand. */
export async function renderPage(path: string): Promise<RenderedPage> {
  const { snapshot } = resolvePath(path, base);
  // No boundary is ever split out into a script to reveal it later: the page's policy forbids inline scripts.
  const { prelude } = await prerender(<App path={path} />, { progressiveChunkSize: Number.POSITIVE_INFINITY });
  const isMap = isMapPath(path, base);
  const words = isMap ? mapPageWords : screenWords(snapshot);
  return {
    path,
    title: words.title,
    description: words.description,
    html: await new Response(prelude).text(),
    onDemand: isMap ? 'src/map/map-page.tsx' : screenOf(snapshot).kind === 'start' ? undefined : 'src/wizard-page.tsx',
  };
}
