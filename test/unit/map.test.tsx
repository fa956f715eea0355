import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { pathOf } from '../../src/address/address';
import { reachableScreens } from '../../src/flow/reachable';
import { mapSearch, shareMessage } from '../../src/content/sharing';
import { screenTree } from '../../src/flow/screen-tree';
import { filterScreens, firstMatches, indexScreens } from '../../src/map/map-filter';
import { renderAt } from '../support/render-app';
import { screenAt } from '../support/walked-paths';
import { at } from '../support/addresses';

/**
 * Every link in the map, hidden or not: the map hides none, and telling which are hidden means reading
 * the styles of every element around over a thousand links, seconds in jsdom each time. The tree's
 * structure is read from the built page (map-page.test.ts); here, only what the search does.
 */
const everyLinkIn = (map: HTMLElement) => within(map).queryAllByRole('link', { hidden: true });

const tree = screenTree();
const index = indexScreens(tree);

describe('the map', () => {
  it('is linked from the start page', async () => {
    await renderAt(at.start);
    expect(screen.getByRole('link', { name: 'Or see every path through the wizard on one page' })).toHaveAttribute('href', at.map);
  });
});

/** The result that links to `address`; found by its href, since role queries over hundreds of results take seconds in jsdom. */
const itemLinkingTo = (items: HTMLElement[], address: string) => {
  const item = items.find((each) => each.querySelector(`a[href="${address}"]`));
  if (!item) throw new Error(`no result links to ${address}`);
  return item;
};
const mapLinks = () => everyLinkIn(screen.getByRole('navigation', { name: 'Every screen' }));
const results = () => screen.getByRole('list', { name: mapSearch.resultsLabel });
const resultAddresses = () => within(results()).getAllByRole('link').map((link) => link.getAttribute('href'));

describe('searching the map', { timeout: 30_000 }, () => {
  afterEach(() => {
    Reflect.deleteProperty(navigator, 'clipboard');
  });

  it('lists the matching screens one a line, each after the answers that lead to it, says how many, and keeps the search in the address', async () => {
    // Opened with a word in the box, so jsdom never draws the whole tree: the browsers type from it.
    const { user } = await renderAt('/map/?q=profile');
    const box = screen.getByRole('searchbox', { name: mapSearch.label });
    expect(box).toHaveAccessibleDescription(mapSearch.hint);
    await user.click(box);
    await user.paste(' page');
    await waitFor(() => expect(screen.getByText(/screens match “profile page”/)).toHaveAttribute('role', 'status'));
    const items = within(results()).getAllByRole('listitem');
    const matching = filterScreens(tree, index, 'profile page').matches.length;
    expect(screen.getByText(/screens match “profile page”/)).toHaveTextContent(`${matching} screens match`);
    expect(items).toHaveLength(Math.min(matching, firstMatches));
    const step = itemLinkingTo(items, at.builderId.profileStep2);
    expect(step).toHaveTextContent(/^Answers: AWS Builder ID user › Here, on this device › .*Step \d of \d/);
    expect(within(step).getAllByRole('button', { name: /^Copy message/ })).toHaveLength(1);
    expect(window.location.pathname + window.location.search).toBe('/map/?q=profile+page');
  });

  it('opened with a search in its address and every match asked for, shows that search and all its screens, only those', async () => {
    await renderAt('/map/?q=laptop&shown=all');
    expect(await screen.findByRole('searchbox', { name: mapSearch.label })).toHaveValue('laptop');
    const expected = filterScreens(tree, index, 'laptop').matches.map((node) => pathOf(node.snapshot));
    expect(expected.length).toBeGreaterThan(firstMatches);
    await waitFor(() => expect(within(results()).getAllByRole('link').map((link) => link.getAttribute('href'))).toEqual(expected));
    expect(screen.queryByRole('button', { name: /^Show all/ })).toBeNull();
  });

  it('of many matches shows the first ones, and the rest at a press of “Show all”, focus on the first it added; a new search shows its first ones', async () => {
    const { user } = await renderAt('/map/?q=laptop');
    const expected = filterScreens(tree, index, 'laptop').matches.map((node) => pathOf(node.snapshot));
    await waitFor(() => expect(resultAddresses()).toEqual(expected.slice(0, firstMatches)));
    expect(screen.getByText(`The first ${firstMatches} of ${expected.length} screens are shown. Another word narrows them down.`)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: `Show all ${expected.length} screens` }));
    expect(resultAddresses()).toEqual(expected);
    expect(document.activeElement).toHaveAttribute('href', expected[firstMatches]);
    expect(window.location.search).toBe('?q=laptop&shown=all');
    expect(screen.queryByRole('button', { name: /^Show all/ })).toBeNull();
    await user.type(screen.getByRole('searchbox', { name: mapSearch.label }), ' Identity');
    expect(window.location.search).toBe('?q=laptop+Identity');
    await waitFor(() => expect(resultAddresses()).toEqual(filterScreens(tree, index, 'laptop Identity').matches.slice(0, firstMatches).map((node) => pathOf(node.snapshot))));
  });

  it('says clearly when nothing matches, and shows every screen again once the box is cleared, the search gone from the address', async () => {
    // Opened from a link with its search, so the whole tree is drawn once: when the box is cleared.
    const { user } = await renderAt('/map/?q=Builder+zebra');
    const box = screen.getByRole('searchbox', { name: mapSearch.label });
    await waitFor(() => expect(screen.getByText(/^No screen matches “Builder zebra”\. Try fewer words/)).toHaveAttribute('role', 'status'));
    expect(within(results()).queryAllByRole('link')).toHaveLength(0);
    await user.clear(box);
    expect(window.location.pathname + window.location.search).toBe(at.map);
    await waitFor(() => expect(screen.queryByRole('list', { name: mapSearch.resultsLabel })).toBeNull());
    await waitFor(() => expect(mapLinks()).toHaveLength(reachableScreens().length));
    await waitFor(() => expect(screen.getByRole('searchbox').nextElementSibling).toHaveTextContent(''));
  });

  it('copies a screen as a message, without walking the wizard', async () => {
    // Opened with its search, as a help desk's bookmark would: the results without the whole tree first.
    const { user } = await renderAt('/map/?q=profile+page');
    const writeText = vi.fn<(text: string) => Promise<void>>(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const address = at.builderId.profileStep2;
    const found = await screen.findByRole('list', { name: mapSearch.resultsLabel }, { timeout: 3_000 });
    const item = itemLinkingTo(within(found).getAllByRole('listitem'), address);
    expect(within(item).getByRole('button', { name: 'Copy message for Choose “Sign out” on your profile page' })).toBeInTheDocument();
    await user.click(within(item).getByRole('button', { name: /^Copy message/ }));
    expect(writeText).toHaveBeenCalledWith(
      [
        'For signing out of your AWS Builder ID profile as an AWS Builder ID user:',
        `${screenAt(address).title} ${shareMessage.fromStep(2, 2)}`,
        `http://localhost:3000${address}`,
      ].join('\n'),
    );
    expect(await screen.findByText('Message copied', { selector: '[role=status]' })).toBeInTheDocument();
  });
});
