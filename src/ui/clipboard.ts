/** Puts text on the clipboard; false where the browser has no clipboard or refuses. */
export async function writeToClipboard(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** Whether this browser offers the system's share sheet (the Web Share API): most phones, some desktops. */
export const canShare = () => typeof navigator.share === 'function';

/** Opens the share sheet; 'cancelled' when the person closes it, 'failed' when the browser refuses. */
export async function share(data: ShareData): Promise<'shared' | 'cancelled' | 'failed'> {
  try {
    await navigator.share(data);
    return 'shared';
  } catch (error) {
    return error instanceof DOMException && error.name === 'AbortError' ? 'cancelled' : 'failed';
  }
}
