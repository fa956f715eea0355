import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderAt } from '../support/render-app';
import { at } from '../support/addresses';

// After user-event's setup, which installs a clipboard of its own.
const stubClipboard = (clipboard: { writeText: (text: string) => Promise<void> } | undefined) =>
  Object.defineProperty(navigator, 'clipboard', { value: clipboard, configurable: true });

describe('Copy link to this step', () => {
  afterEach(() => {
    Reflect.deleteProperty(navigator, 'clipboard');
  });

  it('copies the full canonical address and says so to everyone', async () => {
    const writeText = vi.fn<(text: string) => Promise<void>>(() => Promise.resolve());
    const { user } = await renderAt('/IAM-user/this-browser/console/several/all/steps/2');
    stubClipboard({ writeText });
    await user.click(screen.getByRole('button', { name: 'Copy link to this step' }));
    expect(writeText).toHaveBeenCalledWith('http://localhost:3000/iam-user/this-browser/console/several/all/steps/2/');
    expect(await screen.findByRole('status')).toHaveTextContent('Link copied');
  });

  it('falls back to a selected read-only field when the clipboard refuses', async () => {
    const { user } = await renderAt(at.builderId.places);
    stubClipboard({ writeText: () => Promise.reject(new Error('denied')) });
    await user.click(screen.getByRole('button', { name: 'Copy link to this step' }));
    const field = await screen.findByRole('textbox', { name: /Copy this link/ });
    await waitFor(() => expect(field).toHaveFocus());
    expect(field).toHaveValue('http://localhost:3000/builder-id/this-browser/portal/');
    expect(field).toHaveAttribute('readonly');
    expect((field as HTMLInputElement).selectionEnd).toBe('http://localhost:3000/builder-id/this-browser/portal/'.length);
  });

  it('falls back the same way where there is no clipboard at all', async () => {
    const { user } = await renderAt(at.builderId.places);
    stubClipboard(undefined);
    await user.click(screen.getByRole('button', { name: 'Copy link to this step' }));
    expect(screen.getByRole('textbox', { name: /Copy this link/ })).toHaveValue('http://localhost:3000/builder-id/this-browser/portal/');
  });

  it('is not on the start page, nor a message to copy', async () => {
    await renderAt(at.start);
    expect(screen.queryByRole('button', { name: 'Copy link to this step' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Copy a message with this link' })).not.toBeInTheDocument();
  });
});

const stepTwo = at.identityCenterUser.portalStep2;
const stepTwoMessage = [
  'For signing out of the AWS access portal as an IAM Identity Center user:',
  'Choose “Sign out” in the access portal – Sign out of AWS (from step 2 of 2)',
  `http://localhost:3000${stepTwo}`,
].join('\n');

describe('Copy a message with this link', () => {
  afterEach(() => {
    Reflect.deleteProperty(navigator, 'clipboard');
  });

  it('copies who it is for, where, the screen’s title and its address, and says so in the same status', async () => {
    const writeText = vi.fn<(text: string) => Promise<void>>(() => Promise.resolve());
    const { user } = await renderAt(stepTwo);
    stubClipboard({ writeText });
    await user.click(screen.getByRole('button', { name: 'Copy a message with this link' }));
    expect(writeText).toHaveBeenCalledWith(stepTwoMessage);
    expect(await screen.findByRole('status')).toHaveTextContent('Message copied');
  });

  it('shows the message selected in a read-only field when the clipboard refuses', async () => {
    const { user } = await renderAt(stepTwo);
    stubClipboard({ writeText: () => Promise.reject(new Error('denied')) });
    await user.click(screen.getByRole('button', { name: 'Copy a message with this link' }));
    const field = await screen.findByRole('textbox', { name: /Copy this message/ });
    await waitFor(() => expect(field).toHaveFocus());
    expect(field).toHaveValue(stepTwoMessage);
    expect(field).toHaveAttribute('readonly');
    expect((field as HTMLTextAreaElement).selectionEnd).toBe(stepTwoMessage.length);
    expect(screen.getByRole('status')).toHaveTextContent('');
  });
});

const stubShare = (share: ((data: ShareData) => Promise<void>) | undefined) =>
  Object.defineProperty(navigator, 'share', { value: share, configurable: true });

describe('Share this step', () => {
  afterEach(() => {
    Reflect.deleteProperty(navigator, 'share');
  });

  it('is not offered where the browser has no share sheet', async () => {
    stubShare(undefined);
    await renderAt(stepTwo);
    expect(screen.getByRole('button', { name: 'Copy a message with this link' })).toBeEnabled();
    expect(screen.queryByRole('button', { name: 'Share this step' })).not.toBeInTheDocument();
  });

  it('opens the share sheet with the title, the words and the address apart, and says it was shared', async () => {
    const share = vi.fn<(data: ShareData) => Promise<void>>(() => Promise.resolve());
    stubShare(share);
    const { user } = await renderAt(stepTwo);
    await user.click(screen.getByRole('button', { name: 'Share this step' }));
    const [purpose, title, url] = stepTwoMessage.split('\n');
    expect(share).toHaveBeenCalledWith({ title, text: `${purpose}\n${title}`, url });
    expect(await screen.findByRole('status')).toHaveTextContent('Shared');
  });

  it('says nothing when the person closes the share sheet', async () => {
    stubShare(() => Promise.reject(new DOMException('Share canceled', 'AbortError')));
    const { user } = await renderAt(stepTwo);
    await user.click(screen.getByRole('button', { name: 'Share this step' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(''));
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
  });

  it('shows the message to copy by hand when the browser refuses to share', async () => {
    stubShare(() => Promise.reject(new DOMException('Not allowed', 'NotAllowedError')));
    const { user } = await renderAt(stepTwo);
    await user.click(screen.getByRole('button', { name: 'Share this step' }));
    expect(await screen.findByRole('textbox', { name: /Copy this message/ })).toHaveValue(stepTwoMessage);
  });
});
