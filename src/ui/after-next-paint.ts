/**
 * Runs `work` in a task of its own once the next frame is painted, and returns what cancels it.
 * For what the person does not see in the page (the address, the title): the click's frame then
 * holds only the new screen. A hidden page paints no frames, so there it runs at once.
 */
export function afterNextPaint(work: () => void): () => void {
  if (document.visibilityState === 'hidden') {
    work();
    return () => {};
  }
  let task: number | undefined;
  const frame = requestAnimationFrame(() => {
    task = window.setTimeout(work);
  });
  return () => {
    cancelAnimationFrame(frame);
    window.clearTimeout(task);
  };
}
