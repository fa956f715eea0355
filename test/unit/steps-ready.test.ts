import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** The module that makes moves wait for their steps, none of them loaded: a module registry of its own for each test. */
async function fresh() {
  const [{ whenStepsReady }, { loadStepsOf, stepsLoaded }, { placeModule }] = await Promise.all([
    import('../../src/ui/steps-ready'),
    import('../../src/content/places/place-steps'),
    import('../../src/content/places/registry'),
  ]);
  return { whenStepsReady, loadStepsOf, stepsLoaded, placeModule };
}

beforeEach(() => {
  vi.resetModules();
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('a move that needs steps', () => {
  it('is made at once, in the same task, when they are loaded', async () => {
    const { whenStepsReady, loadStepsOf } = await fresh();
    await loadStepsOf(['cli']);
    const made = vi.fn<() => void>();
    whenStepsReady(() => ['cli'], made, () => {});
    expect(made).toHaveBeenCalledOnce();
  });

  it('waits for them when they are not, then is made', async () => {
    const { whenStepsReady, stepsLoaded } = await fresh();
    const made = vi.fn<() => void>();
    whenStepsReady(() => ['console'], made, () => {});
    expect(made).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(made).toHaveBeenCalledOnce());
    expect(stepsLoaded(['console'])).toBe(true);
  });

  it('is dropped when another move is asked for while it waits: the later one counts', async () => {
    const { whenStepsReady, stepsLoaded } = await fresh();
    const [first, firstFailed, second] = [vi.fn<() => void>(), vi.fn<() => void>(), vi.fn<() => void>()];
    whenStepsReady(() => ['project'], first, firstFailed);
    whenStepsReady(() => [], second, () => {});
    expect(second).toHaveBeenCalledOnce();
    await vi.waitFor(() => expect(stepsLoaded(['project'])).toBe(true));
    await new Promise((resolve) => setTimeout(resolve));
    expect([first, firstFailed].map((call) => call.mock.calls.length)).toEqual([0, 0]);
  });

  it('fails, saying why, when they can’t be loaded', async () => {
    const { whenStepsReady, placeModule } = await fresh();
    const offline = new Error('offline');
    vi.spyOn(placeModule('editor'), 'steps').mockRejectedValue(offline);
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const [made, failed] = [vi.fn<() => void>(), vi.fn<() => void>()];
    whenStepsReady(() => ['editor'], made, failed);
    await vi.waitFor(() => expect(failed).toHaveBeenCalledOnce());
    expect(made).not.toHaveBeenCalled();
    expect(logged).toHaveBeenCalledWith(offline);
  });
});
