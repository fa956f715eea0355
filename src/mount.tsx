import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { isMapPath, mapPath, pathOf, resolvePath } from './address/address';
import { App } from './app';

/** Hydrates the page at this address into `root`, or renders it there when the markup is another page's. */
export function mount(root: HTMLElement) {
  const path = window.location.pathname;
  const app = (
    <StrictMode>
      <App path={path} />
    </StrictMode>
  );
  // A prerendered page is hydrated only where it is this address's own page; a static host may
  // serve another (404.html, or a neighbour for a near miss), which is replaced instead.
  const canonical = isMapPath(path) ? mapPath : pathOf(resolvePath(path).snapshot);
  if (root.dataset.path === canonical && canonical === path) hydrateRoot(root, app);
  else {
    root.replaceChildren();
    createRoot(root).render(app);
  }
}
