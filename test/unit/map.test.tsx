import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { pathOf, resolvePath } from '../../src/address/address';
import { answerValues } from '../../src/content/answers';
import { questions } from '../../src/content/questions';
import { reachableScreens } from '../../src/flow/reachable';
import { renderAt } from '../support/render-app';

describe('the map of every path', { timeout: 20_000 }, () => {
  it('has exactly one link for every reachable screen, and nothing else', async () => {
    await renderAt('/map/');
    const map = screen.getByRole('navigation', { name: 'Every screen' });
    const hrefs = within(map).getAllByRole('link').map((link) => link.getAttribute('href'));
    const screens = reachableScreens().map((snapshot) => pathOf(snapshot));
    expect(hrefs.toSorted()).toEqual(screens.toSorted());
  });

  it('links each screen by its heading, to an address that opens that screen', async () => {
    await renderAt('/map/');
    const map = screen.getByRole('navigation', { name: 'Every screen' });
    for (const link of within(map).getAllByRole('link')) {
      const opened = resolvePath(link.getAttribute('href')!);
      expect(opened.recognised).toBe(true);
      expect(pathOf(opened.snapshot)).toBe(link.getAttribute('href'));
    }
    expect(within(map).getAllByRole('link', { name: 'Choose “Sign out of current session” in the console' }).length).toBeGreaterThan(1);
  });

  it('branches where a question has several answers, naming the answer', async () => {
    await renderAt('/map/');
    const userType = screen.getByRole('link', { name: 'What kind of AWS user are you?' }).closest('li')!;
    const labels = answerValues.userType.map((value) => questions.userType.options[value].label);
    for (const label of labels) expect(within(userType).getByText(label, { selector: '.screen-map__via' })).toBeVisible();
    const firstList = within(userType).getAllByRole('list')[0]!;
    expect(firstList.children).toHaveLength(labels.length);
  });

  it('keeps each branch’s run of steps inside that branch', async () => {
    await renderAt('/map/');
    const justOneRun = screen.getAllByText('Just one')[0]!.closest('ul')!;
    const several = screen.getAllByText('Several (multi-session)')[0]!.closest('li')!;
    expect(within(justOneRun).getAllByRole('link', { name: 'Check that it worked' }).length).toBeGreaterThan(0);
    expect(justOneRun).not.toContainElement(several);
  });

  it('is linked from the start page', async () => {
    await renderAt('/');
    expect(screen.getByRole('link', { name: 'Or see every path through the wizard on one page' })).toHaveAttribute('href', '/map/');
  });
});
