import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { pathOf, resolvePath } from '../../src/address/address';
import { optionsFor } from '../../src/flow/decision-path';
import { reachableScreens } from '../../src/flow/reachable';
import { screenModelOf } from '../../src/flow/screen-model';
import { snapshotAfter } from '../../src/flow/wizard-machine';
import { answerLabel } from '../support/labels';
import { moveFor } from '../support/person-moves';
import { renderAt } from '../support/render-app';
import { walk } from '../support/walk';
import { at } from '../support/addresses';

/**
 * Every link in the map, hidden or not: the map hides none, and telling which are hidden means reading
 * the styles of every element around over a thousand links, seconds in jsdom each time.
 */
const everyLinkIn = (map: HTMLElement) => within(map).queryAllByRole('link', { hidden: true });

describe('the map of every path', { timeout: 20_000 }, () => {
  it('has exactly one link for every reachable screen, and nothing else', async () => {
    await renderAt(at.map);
    const map = screen.getByRole('navigation', { name: 'Every screen' });
    const hrefs = everyLinkIn(map).map((link) => link.getAttribute('href'));
    const screens = reachableScreens().map((snapshot) => pathOf(snapshot));
    expect(hrefs.toSorted()).toEqual(screens.toSorted());
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

/** Everything a person reads on the way to a screen, from the start: each move's words and each screen's heading. */
function wordsOnTheWayTo(path: string): string {
  const { events } = resolvePath(path);
  const snapshots = events.reduce((walked, event) => [...walked, snapshotAfter(walked.at(-1)!, event)], [walk()]);
  return events
    .map((event, index) => {
      const { heading, caption = '' } = screenModelOf(snapshots[index + 1]!).words;
      return `${index === 0 ? '' : moveFor(event, snapshots[index]!).label} ${caption} ${heading}`;
    })
    .join(' ')
    .toLowerCase();
}

let wordsOfEveryScreen: ReadonlyMap<string, string> | undefined;

/** The screens whose way there has every word, worked out from the walk, not from the map's own index. */
function screensWithWords(...words: string[]) {
  // Walking to every screen takes two seconds: once for the file.
  wordsOfEveryScreen ??= new Map(reachableScreens().map((snapshot) => [pathOf(snapshot), wordsOnTheWayTo(pathOf(snapshot))]));
  return [...wordsOfEveryScreen].filter(([, onTheWay]) => words.every((word) => onTheWay.includes(word))).map(([path]) => path);
}

const mapLinks = () => everyLinkIn(screen.getByRole('navigation', { name: 'Every screen' }));

describe('searching the map', { timeout: 30_000 }, () => {
  afterEach(() => {
    Reflect.deleteProperty(navigator, 'clipboard');
  });

  it('narrows the tree to the screens whose way there has every word, with the way to each, and says how many', async () => {
    const { user } = await renderAt(at.map);
    const box = screen.getByRole('searchbox', { name: 'Find screens' });
    expect(box).toHaveAccessibleDescription(/such as “Builder ID”/);
    await user.click(box);
    await user.paste('Builder ID');
    const expected = screensWithWords('builder', 'id');
    expect(expected.length).toBeGreaterThan(10);
    await waitFor(() => expect(screen.getByText(`${expected.length} screens match “Builder ID”`)).toHaveAttribute('role', 'status'));
    const shown = mapLinks().map((link) => link.getAttribute('href')!);
    expect(shown).toEqual(expect.arrayContaining(expected));
    // Beside the matches, only the screens on the way to them: each is where a match's address starts.
    for (const path of shown.filter((href) => !expected.includes(href))) {
      expect(expected.some((match) => match.startsWith(path.replace(/[a-z-]+\/$/, '')))).toBe(true);
    }
    expect(shown).toContain(at.userType);
    expect(shown).not.toContain(at.iamUser.oneStep1);
  });

  it('keeps the search in the address, so Back to the map or a link sent on shows the same screens', async () => {
    const { user } = await renderAt(at.map);
    const box = screen.getByRole('searchbox', { name: 'Find screens' });
    await user.click(box);
    await user.paste('Builder ID');
    expect(window.location.pathname + window.location.search).toBe('/map/?q=Builder+ID');
    await user.clear(box);
    expect(window.location.pathname + window.location.search).toBe(at.map);
  });

  it('opened with a search in its address, shows that search and only its screens', async () => {
    await renderAt('/map/?q=sessions+Builder');
    expect(await screen.findByRole('searchbox', { name: 'Find screens' })).toHaveValue('sessions Builder');
    const expected = screensWithWords('sessions', 'builder');
    await waitFor(() => expect(screen.getByText(`${expected.length} screens match “sessions Builder”`)).toHaveAttribute('role', 'status'));
    expect(mapLinks().map((link) => link.getAttribute('href'))).toEqual(expect.arrayContaining(expected));
  });

  it('says clearly when nothing matches, and shows every screen again once the box is cleared', async () => {
    const { user } = await renderAt(at.map);
    const box = screen.getByRole('searchbox', { name: 'Find screens' });
    await user.click(box);
    await user.paste('Builder zebra');
    await waitFor(() => expect(screen.getByText(/^No screen matches “Builder zebra”\. Try fewer words/)).toHaveAttribute('role', 'status'));
    expect(mapLinks()).toHaveLength(0);
    await user.clear(box);
    await waitFor(() => expect(mapLinks()).toHaveLength(reachableScreens().length));
    await waitFor(() => expect(screen.getByRole('searchbox').nextElementSibling).toHaveTextContent(''));
  });

  it('copies any screen as a message, without walking the wizard', async () => {
    const { user } = await renderAt(at.map);
    const writeText = vi.fn<(text: string) => Promise<void>>(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await user.click(screen.getByRole('searchbox', { name: 'Find screens' }));
    await user.paste('profile page');
    const address = at.builderId.profileStep2;
    const buttons = await screen.findAllByRole('button', { name: 'Copy message for Choose “Sign out” on your profile page' }, { timeout: 3_000 });
    const button = buttons.find((each) => each.parentElement!.querySelector('a')!.getAttribute('href') === address)!;
    await user.click(button);
    expect(writeText).toHaveBeenCalledWith(
      [
        'For signing out of your AWS Builder ID profile as an AWS Builder ID user:',
        'Choose “Sign out” on your profile page – Sign out of AWS',
        `http://localhost:3000${address}`,
      ].join('\n'),
    );
    expect(await screen.findByText('Message copied', { selector: '[role=status]' })).toBeInTheDocument();
  });
});
