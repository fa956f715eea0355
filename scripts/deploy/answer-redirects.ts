import { pathOf } from '../../src/address/address.ts';
import { answerField, formValuesFor } from '../../src/flow/form-answers.ts';
import { reachableScreens } from '../../src/flow/reachable.ts';
import { screenOf } from '../../src/flow/screen.ts';
import { snapshotAfter } from '../../src/flow/wizard-machine.ts';
import { loadEveryPlaceSteps } from '../../src/content/places/place-steps.ts';

// What this works out counts the steps of every place.
await loadEveryPlaceSteps();

/** One answer a form can send, and the screen the machine gives for it. */
export interface AnswerRedirect {
  /** The form's page, under the site's base. */
  from: string;
  /** The query string the form sends: `answer=console&answer=cli`. */
  query: string;
  /** Where the machine goes with that answer, under the site's base. */
  to: string;
}

const rebased = (path: string, base: string) => `${base}${path.slice(1)}`;

/**
 * Every answer every form accepts on every screen it is shown on, worked out by the machine: the
 * page, what its form sends, and the address the machine gives. Without script, the server answers
 * the form with a redirect there.
 */
export function answerRedirects(base: string): AnswerRedirect[] {
  return reachableScreens().flatMap((snapshot) =>
    screenOf(snapshot).forward.flatMap((event) => {
      const values = formValuesFor(event);
      if (!values) return [];
      return [{
        from: rebased(pathOf(snapshot), base),
        query: values.map((value) => `${answerField}=${value}`).join('&'),
        to: rebased(pathOf(snapshotAfter(snapshot, event)), base),
      }];
    }),
  );
}
