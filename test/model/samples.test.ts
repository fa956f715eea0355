import { describe, expect, it } from 'vitest';
import { resolvePath } from '../../src/address/address';
import { screenModelOf } from '../../src/flow/screen-model';
import { screenKinds, screenSamples, sampledPaths } from '../support/samples';

const samples = screenSamples();

describe('the samples the browsers open', () => {
  it('hold a screen of every kind the screen model has', () => {
    const sampled = new Set(samples.map(({ path }) => screenModelOf(resolvePath(path).snapshot).kind));
    expect(screenKinds.filter((kind) => !sampled.has(kind))).toEqual([]);
  });

  it('open their screens, each without the broken-link notice but the broken link', () => {
    const notOpening = samples.filter(({ variant, path }) => !variant.startsWith('a broken link') && path !== '/map/' && !resolvePath(path).recognised);
    expect(notOpening).toEqual([]);
  });

  it('are a few dozen pages, not every page', () => {
    expect(sampledPaths(samples).length).toBeLessThan(60);
  });
});
