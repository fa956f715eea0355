import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderAt } from '../support/render-app';
import { at } from '../support/addresses';

vi.mock('../../src/flow/what-applies', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../src/flow/what-applies')>()),
  stepsFor: () => [],
}));

describe('a screen that fails', () => {
  it('shows a clear message and a way on, keeping the rest of the page', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    await renderAt(at.iamUser.oneStep1);
    expect(screen.getByRole('heading', { level: 1, name: 'Sorry, this screen could not be shown.' })).toBeVisible();
    expect(screen.getAllByRole('link', { name: 'Start again' })[0]).toHaveAttribute('href', at.start);
    expect(screen.getByRole('link', { name: 'Back' })).toBeVisible();
  });
});
