import { answerValues } from '../../src/content/answers';
import { places } from '../../src/content/places/registry';
import { userTypes } from '../../src/content/user-types/registry';
import { completePaths } from '../../src/flow/reachable';
import { answersOf } from '../../src/flow/screen';
import { situationOf, type Situation } from '../../src/flow/situation';
import { loadEveryPlaceSteps } from '../../src/content/places/place-steps';

// What this works out counts the steps of every place.
await loadEveryPlaceSteps();

/** Where a situation sorts: by kind of user, where, places and sessions, each in the order the wizard offers them. */
function order(situation: Situation): number[] {
  const here = situation.whereToSignOut === 'this-browser' ? situation : undefined;
  const placeIndex = (here?.places ?? []).map((place) => places.findIndex((each) => each.id === place));
  return [
    userTypes.findIndex((userType) => userType.id === situation.userType),
    answerValues.whereToSignOut.indexOf(situation.whereToSignOut),
    placeIndex.length,
    ...placeIndex,
    here?.sessions ? answerValues.sessions.indexOf(here.sessions) : -1,
    here?.whichSessions ? answerValues.whichSessions.indexOf(here.whichSessions) : -1,
  ];
}

const compare = (a: number[], b: number[]) => {
  for (let index = 0; index < Math.max(a.length, b.length); index += 1) {
    const difference = (a[index] ?? -1) - (b[index] ?? -1);
    if (difference !== 0) return difference;
  }
  return 0;
};

/**
 * Every simple path from the start to a screen where the wizard ends: worked out once for all the
 * test files a worker runs (they share their imports), as it takes a second.
 */
export const everyCompletePath = completePaths();

/** Every situation a complete path leads to, once each, in the order the wizard offers its answers. */
export function everySituation(): Situation[] {
  const found = new Map<string, Situation>();
  for (const { state } of everyCompletePath) {
    const situation = situationOf(answersOf(state));
    if (situation) found.set(JSON.stringify(situation), situation);
  }
  return [...found.values()].toSorted((a, b) => compare(order(a), order(b)));
}
