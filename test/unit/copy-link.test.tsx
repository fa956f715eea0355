import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderAt } from '../support/render-app';

// After user-event's setup, which installs a clipboard of its own.
const stubClipboard = (clipboard: { writeText: (text: string) => Promise<void> } | undefined) =>
  Object.defineProperty(navigator, 'clipboard', { value: clipboard, configurable: true });

describe('Copy link to this step', () => {
  afterEach(() => {
    Reflect.deleteProperty(navigator, 'clipboard');
  });

  it('copies the full canonical address and says so to everyone', async () => {
    const writeText = vi.fn<(text: string) => Promise<void>>(() => Promise.resolve());
    const { user } = await renderAt('/IAM-user/console/several/all/steps/2');
    stubClipboard({ writeText });
    await user.click(screen.getByRole('button', { name: 'Copy link to this step' }));
    expect(writeText).toHaveBeenCalledWith('http://localhost:3000/iam-user/this-browser/console/several/all/steps/2/');
    expect(await screen.findByRole('status')).toHaveTextContent('Link copied');
  });

  it('falls back to a selected read-only field when the clipboard refuses', async () => {
    const { user } = await renderAt('/builder-id/this-browser/portal/');
    stubClipboard({ writeText: () => Promise.reject(new Error('denied')) });
    await user.click(screen.getByRole('button', { name: 'Copy link to this step' }));
    const field = await screen.findByRole('textbox', { name: /Copy this link/ });
    await waitFor(() => expect(field).toHaveFocus());
    expect(field).toHaveValue('http://localhost:3000/builder-id/this-browser/portal/');
    expect(field).toHaveAttribute('readonly');
    expect((field as HTMLInputElement).selectionEnd).toBe('http://localhost:3000/builder-id/this-browser/portal/'.length);
  });

  it('falls back the same way where there is no clipboard at all', async () => {
    const { user } = await renderAt('/builder-id/this-browser/portal/');
    stubClipboard(undefined);
    await user.click(screen.getByRole('button', { name: 'Copy link to this step' }));
    expect(screen.getByRole('textbox', { name: /Copy this link/ })).toHaveValue('http://localhost:3000/builder-id/this-browser/portal/');
  });

  it('is not on the start page', async () => {
    await renderAt('/');
    expect(screen.queryByRole('button', { name: 'Copy link to this step' })).not.toBeInTheDocument();
  });
});
