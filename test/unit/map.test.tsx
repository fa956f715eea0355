import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { pathOf, resolvePath } from '../../src/address/address';
import { optionsFor } from '../../src/flow/decision-path';
import { reachableScreens } from '../../src/flow/reachable';
import { screenModelOf } from '../../src/flow/screen-model';
import { mapSearch, shareMessage } from '../../src/content/sharing';
import { screenTree } from '../../src/flow/screen-tree';
import { filterScreens, indexScreens } from '../../src/map/map-filter';
import { answerLabel } from '../support/labels';
import { renderAt } from '../support/render-app';
import { screenAt } from '../support/walked-paths';
import { at } from '../support/addresses';

/**
 * Every link in the map, hidden or not: the map hides none, and telling which are hidden means reading
 * the styles of every element around over a thousand links, seconds in jsdom each time.
 */
const everyLinkIn = (map: HTMLElement) => within(map).queryAllByRole('link', { hidden: true });

const tree = screenTree();
const index = indexScreens(tree);

describe('the map of every path', { timeout: 20_000 }, () => {
  it('has exactly one link for every reachable screen, and nothing else: copying a screen is for the search’s results', async () => {
    await renderAt(at.map);
    const map = screen.getByRole('navigation', { name: 'Every screen' });
    const hrefs = everyLinkIn(map).map((link) => link.getAttribute('href'));
    const screens = reachableScreens().map((snapshot) => pathOf(snapshot));
    expect(hrefs.toSorted()).toEqual(screens.toSorted());
    expect(within(map).queryAllByRole('button', { hidden: true })).toEqual([]);
  });

  it('links each screen by its heading, to an address that opens that screen', async () => {
    await renderAt(at.map);
    const wrong = everyLinkIn(screen.getByRole('navigation', { name: 'Every screen' })).flatMap((link) => {
      const href = link.getAttribute('href')!;
      const opened = resolvePath(href);
      const heading = screenModelOf(opened.snapshot).words.heading;
      return opened.recognised && pathOf(opened.snapshot) === href && link.textContent === heading ? [] : [`${link.textContent} → ${href}`];
    });
    expect(wrong).toEqual([]);
  });

  it('branches where a question has several answers, naming the answer', async () => {
    await renderAt(at.map);
    const map = screen.getByRole('navigation', { name: 'Every screen' });
    const userType = within(map).getByText('What kind of AWS user are you?', { selector: 'a' }).closest('li')!;
    const labels = optionsFor('userType', {}).map((value) => answerLabel('userType', value));
    const firstList = within(userType).getAllByRole('list')[0]!;
    // Each branch opens with the answer that leads to it, in the order the question offers them.
    expect([...firstList.children].map((branch) => branch.querySelector('.screen-map__via')?.textContent)).toEqual(labels);
  });

  it('keeps each branch’s run of steps inside that branch', async () => {
    await renderAt(at.map);
    const justOneRun = screen.getAllByText('Just one')[0]!.closest('ul')!;
    const several = screen.getAllByText('Several (multi-session)')[0]!.closest('li')!;
    expect(within(justOneRun).getAllByRole('link', { name: 'Check that it worked' }).length).toBeGreaterThan(0);
    expect(justOneRun).not.toContainElement(several);
  });

  it('is linked from the start page', async () => {
    await renderAt(at.start);
    expect(screen.getByRole('link', { name: 'Or see every path through the wizard on one page' })).toHaveAttribute('href', at.map);
  });
});

const mapLinks = () => everyLinkIn(screen.getByRole('navigation', { name: 'Every screen' }));
const results = () => screen.getByRole('list', { name: mapSearch.resultsLabel });

describe('searching the map', { timeout: 30_000 }, () => {
  afterEach(() => {
    Reflect.deleteProperty(navigator, 'clipboard');
  });

  it('lists the matching screens one a line, each after the answers that lead to it, says how many, and keeps the search in the address', async () => {
    const { user } = await renderAt(at.map);
    const box = screen.getByRole('searchbox', { name: mapSearch.label });
    expect(box).toHaveAccessibleDescription(mapSearch.hint);
    await user.click(box);
    await user.paste('profile page');
    await waitFor(() => expect(screen.getByText(/screens match “profile page”/)).toHaveAttribute('role', 'status'));
    const items = within(results()).getAllByRole('listitem');
    expect(screen.getByText(/screens match “profile page”/)).toHaveTextContent(`${items.length} screens match`);
    const step = items.find((item) => within(item).getByRole('link').getAttribute('href') === at.builderId.profileStep2)!;
    expect(step).toHaveTextContent(/^Answers: AWS Builder ID user › Here, on this device › .*Step \d of \d/);
    expect(within(step).getAllByRole('button', { name: /^Copy message/ })).toHaveLength(1);
    expect(window.location.pathname + window.location.search).toBe('/map/?q=profile+page');
    await user.clear(box);
    expect(window.location.pathname + window.location.search).toBe(at.map);
    await waitFor(() => expect(screen.queryByRole('list', { name: mapSearch.resultsLabel })).toBeNull());
  });

  it('opened with a search in its address, shows that search and only its screens', async () => {
    await renderAt('/map/?q=sessions+Builder');
    expect(await screen.findByRole('searchbox', { name: mapSearch.label })).toHaveValue('sessions Builder');
    const expected = filterScreens(tree, index, 'sessions Builder').matches.map((node) => pathOf(node.snapshot));
    expect(expected.length).toBeGreaterThan(0);
    await waitFor(() => expect(within(results()).getAllByRole('link').map((link) => link.getAttribute('href'))).toEqual(expected));
  });

  it('says clearly when nothing matches, and shows every screen again once the box is cleared', async () => {
    const { user } = await renderAt(at.map);
    const box = screen.getByRole('searchbox', { name: mapSearch.label });
    await user.click(box);
    await user.paste('Builder zebra');
    await waitFor(() => expect(screen.getByText(/^No screen matches “Builder zebra”\. Try fewer words/)).toHaveAttribute('role', 'status'));
    expect(within(results()).queryAllByRole('link')).toHaveLength(0);
    await user.clear(box);
    await waitFor(() => expect(mapLinks()).toHaveLength(reachableScreens().length));
    await waitFor(() => expect(screen.getByRole('searchbox').nextElementSibling).toHaveTextContent(''));
  });

  it('copies a screen as a message, without walking the wizard', async () => {
    const { user } = await renderAt(at.map);
    const writeText = vi.fn<(text: string) => Promise<void>>(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await user.click(screen.getByRole('searchbox', { name: mapSearch.label }));
    await user.paste('profile page');
    const address = at.builderId.profileStep2;
    const buttons = await screen.findAllByRole('button', { name: 'Copy message for Choose “Sign out” on your profile page' }, { timeout: 3_000 });
    expect(buttons.length).toBeGreaterThan(0);
    const item = within(results()).getAllByRole('listitem').find((each) => within(each).queryByRole('link')?.getAttribute('href') === address)!;
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
