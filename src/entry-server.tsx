import { prerender } from 'react-dom/static';
import { isMapPath, resolvePath } from './address/address';
import { base } from './address/base';
import { oldAddresses, type OldAddress } from './address/old-addresses';
import { sitePaths } from './address/site-paths';
import { App } from './app';
import { loadEveryPlaceSteps, stepsModuleOf } from './content/places/place-steps';
import { placeIds } from './content/places/registry';
import { mapPageWords } from './flow/page-title';
import { screenModelOf } from './flow/screen-model';
import { placesWithStepsAt } from './flow/steps-needed';

export type OnDemandModule =
  | 'src/mount.tsx'
  | 'src/wizard-page.tsx'
  | 'src/map/map-page.tsx'
  | ReturnType<typeof stepsModuleOf>;

// Every page is rendered here, so every place's steps are loaded before any.
await loadEveryPlaceSteps();

/** What the build writes for one address: the screen's markup and what goes in the page's head. */
export interface RenderedPage {
  path: string;
  title: string;
  description: string;
  html: string;
  /**
   * The modules, loaded on demand by the client, that this page needs at once: its code and styles go
   * in the head. None for the start page, which is whole without script until the person is about to start.
   */
  onDemand: OnDemandModule[];
}

/** Every reachable screen's address, found from the machine's graph, and the map of them all. */
export const pagePaths = (): string[] => sitePaths();

/** Every address published before that now leads elsewhere, each with the address it leads to. */
export const olderPages = (): OldAddress[] => oldAddresses();

/** Renders an address as the client would, waiting for the screens that load on demand. */
export async function renderPage(path: string): Promise<RenderedPage> {
  // No boundary is ever split out into a script to reveal it later: the page's policy forbids inline scripts.
  const { prelude } = await prerender(<App path={path} />, { progressiveChunkSize: Number.POSITIVE_INFINITY });
  const snapshot = isMapPath(path) ? undefined : resolvePath(path).snapshot;
  const words = snapshot ? screenModelOf(snapshot).words : mapPageWords;
  const code: OnDemandModule[] = snapshot
    ? ['src/wizard-page.tsx', ...placesWithStepsAt(snapshot).map(stepsModuleOf)]
    : ['src/map/map-page.tsx', ...placeIds.map(stepsModuleOf)];
  return {
    path,
    title: words.title,
    description: words.description,
    html: await new Response(prelude).text(),
    onDemand: path === base ? [] : ['src/mount.tsx', ...code],
  };
}
