import { describe, expect, it } from 'vitest';
import { pathOf } from '../../src/address/address';
import { placesIn } from '../../src/content/places/registry';
import { reachableScreens } from '../../src/flow/reachable';
import { screenModelOf } from '../../src/flow/screen-model';

const endings = reachableScreens().flatMap((snapshot) => {
  const model = screenModelOf(snapshot);
  return (model.kind === 'done' || model.kind === 'notSignedOut') && model.situation?.whereToSignOut === 'this-browser'
    ? [{ path: pathOf(snapshot), places: model.situation.places, userType: model.situation.userType, notes: model.notes }]
    : [];
});

describe('a note’s link to signing out of another place here', () => {
  it('adds that place to the checklist, never replaces it, and is not offered for a place already in it', () => {
    const wrong = endings.flatMap(({ path, places, userType, notes }) =>
      notes.flatMap(({ id, followUp }) => {
        if (!followUp || followUp.answers.whereToSignOut !== 'this-browser' || followUp.answers.userType !== userType) return [];
        const linked = placesIn(followUp.answers.places);
        const keepsAll = places.every((place) => linked.includes(place));
        return keepsAll && linked.length > places.length ? [] : [`${path} ${id}: ${followUp.answers.places}`];
      }),
    );
    expect(endings.length).toBeGreaterThan(100);
    expect(wrong).toEqual([]);
  });
});
