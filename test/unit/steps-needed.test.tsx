import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isMapPath, pathOf, resolvePath } from '../../src/address/address';
import type { PlaceId } from '../../src/content/places/registry';
import { pageWords } from '../../src/content/screens';
import { reachableScreens } from '../../src/flow/reachable';
import { screenModelOf } from '../../src/flow/screen-model';
import { placesWithStepsAt } from '../../src/flow/steps-needed';
import { renderAt } from '../support/render-app';
import { sampledPaths, screenSamples } from '../support/samples';

/** The places whose steps may be read now; every place's when undefined. */
const reading = vi.hoisted(() => ({ allowed: undefined as readonly string[] | undefined }));

// A place's steps read where the screen did not name them would be missing in a browser, which loads only those named.
vi.mock('../../src/content/places/place-steps', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/content/places/place-steps')>();
  const stepsOf = (id: PlaceId) => {
    if (reading.allowed && !reading.allowed.includes(id)) throw new Error(`read the steps of ${id}, not named by the screen`);
    return original.stepsOf(id);
  };
  return { ...original, stepsOf, signOutOf: (id: PlaceId, situation: Parameters<typeof original.signOutOf>[1]) => stepsOf(id).signOut(situation) };
});

afterEach(() => {
  reading.allowed = undefined;
});

describe('the steps a screen names (what a page loads before it is drawn, and a move before it is made)', () => {
  it('are all that every reachable screen reads to be worked out', () => {
    const unnamed = reachableScreens().flatMap((snapshot) => {
      reading.allowed = placesWithStepsAt(snapshot);
      try {
        screenModelOf(snapshot);
        return [];
      } catch (error) {
        return [`${pathOf(snapshot)}: ${(error as Error).message}`];
      } finally {
        reading.allowed = undefined;
      }
    });
    expect(unnamed).toEqual([]);
  });

  it('are all that a screen of each kind reads to be drawn, its links included', async () => {
    // The map reads every place's steps, and loads them all with its code.
    const paths = sampledPaths(screenSamples()).filter((path) => !isMapPath(path));
    const failed: string[] = [];
    for (const path of paths) {
      // Reading the address counts its steps, as a page does before it names them.
      reading.allowed = undefined;
      reading.allowed = placesWithStepsAt(resolvePath(path).snapshot);
      const { unmount } = await renderAt(path).catch((error: Error) => {
        throw new Error(`${path}: ${error.message}`);
      });
      if (screen.queryByRole('heading', { level: 1, name: pageWords.screenFailed })) failed.push(path);
      unmount();
    }
    expect(failed).toEqual([]);
    expect(paths.length).toBeGreaterThan(20);
  });
});
