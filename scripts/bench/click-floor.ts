import type { Page } from 'playwright';

/**
 * What the click measure costs with no framework, on the same pages with their scripts blocked:
 * `same screen`, the next screen's prerendered markup put in place of the current one by plain DOM
 * calls, its heading focused, the address and title set at once (as the app does);
 * `heading only`, nothing but the heading's words changed, the least a click can do.
 */
export type FloorKind = 'same screen' | 'heading only';

/** Readies the question page open in `page` to answer Continue as `kind` does, without its own scripts. */
export async function installFloor(page: Page, kind: FloorKind): Promise<void> {
  const next = await page.locator('.choices a').first().getAttribute('href');
  const html = await page.evaluate((address) => fetch(address!).then((response) => response.text()), next);
  await page.evaluate(
    ({ markup, address, floor }) => {
      const parsed = new DOMParser().parseFromString(markup, 'text/html');
      const nextMain = parsed.querySelector('main')!;
      nextMain.querySelectorAll('.no-script-only').forEach((element) => element.remove());
      document.querySelector('form')!.addEventListener('submit', (event) => {
        event.preventDefault();
        if (floor === 'heading only') {
          document.querySelector('h1')!.textContent = parsed.title;
          return;
        }
        const main = document.importNode(nextMain, true);
        document.querySelector('main')!.replaceWith(main);
        main.querySelector('h1')!.focus();
        history.pushState(null, '', address);
        document.title = parsed.title;
      });
    },
    { markup: html, address: next, floor: kind },
  );
}
