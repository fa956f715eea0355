import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { isMapPath, pathOf, resolvePath } from './address/address';
import { App, loadPageCode } from './app';

/** The screen an address opens, and whether it comes with the broken-link notice. */
const screenAt = (path: string) => {
  const { snapshot, recognised } = resolvePath(path);
  return `${pathOf(snapshot)} ${recognised}`;
};

/**
 * Whether the prerendered markup is the page this address shows: its own page, an older address's page
 * (which holds the new screen), or another page that shows the same, such as 404.html for an address
 * that leads to the start with the notice.
 */
function holdsPageAt(root: HTMLElement, path: string): boolean {
  const written = root.dataset.path;
  if (written === undefined || isMapPath(written) !== isMapPath(path)) return false;
  return isMapPath(path) || screenAt(written) === screenAt(path);
}

/**
 * Takes over the page at this address in `root`, once the code of what it shows is loaded, so that
 * nothing suspends: hydrates the prerendered markup where it is this page, and otherwise renders the
 * page in its place, React replacing the old markup in the commit that adds the new (no frame between),
 * then moves focus to the new heading, as after any change of screen (an empty root, in development,
 * changes nothing).
 */
export async function mount(root: HTMLElement) {
  const path = window.location.pathname;
  await loadPageCode(path);
  const app = (
    <StrictMode>
      <App path={path} />
    </StrictMode>
  );
  if (holdsPageAt(root, path)) {
    hydrateRoot(root, app);
    return;
  }
  const replacing = root.hasChildNodes();
  const reactRoot = createRoot(root);
  flushSync(() => reactRoot.render(app));
  if (replacing) root.querySelector('h1')?.focus();
}
