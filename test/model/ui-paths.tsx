import { screen } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { caveats } from '../../src/content/caveats';
import { pageWords } from '../../src/content/screens';
import { reasons } from '../../src/content/troubleshooting';
import { completePaths } from '../../src/flow/reachable';
import { screenOf, type WizardSnapshot } from '../../src/flow/screen';
import type { WizardEvent } from '../../src/flow/wizard-events';
import { screenWords } from '../../src/flow/screen-words';
import { asShown, contentOnPath, paragraphReading } from '../support/path-content';
import { moveFor } from '../support/person-moves';
import { renderAt } from '../support/render-app';

/** Does what a person does to cause this event on the screen in front of them. */
async function act(user: UserEvent, event: WizardEvent, before: WizardSnapshot | undefined) {
  // The path's first step is the machine starting: the start page, opened by its address.
  if (!before) return;
  const { kind, name } = moveFor(event, before);
  if (kind === 'follow') return user.click(screen.getByRole('link', { name }));
  await user.click(screen.getByRole('radio', { name }));
  await user.click(screen.getByRole('button', { name: pageWords.continue }));
}

/** The key words each screen must show for the answers that led to it, as a person would look for them. */
function keyContent(state: WizardSnapshot): Array<() => HTMLElement> {
  const now = screenOf(state);
  const { steps, caveatIds, reasonIds } = contentOnPath(state);
  switch (now.kind) {
    case 'step': {
      const { target } = steps[now.index]!;
      const exactLabel = target.kind === 'control' || target.kind === 'page' ? [target.label] : [];
      return [
        () => screen.getByText(`Step ${now.index + 1} of ${steps.length}`, { exact: false }),
        ...exactLabel.map((label) => () => screen.getAllByText(label, { selector: 'strong' })[0]!),
      ];
    }
    case 'done':
      return caveatIds.map(
        (id) => () => screen.getByText(paragraphReading(asShown(caveats.find((caveat) => caveat.id === id)!.text))),
      );
    case 'notSignedOut':
      return reasonIds.map(
        (id) => () =>
          screen.getByRole('heading', { level: 2, name: asShown(reasons.find((reason) => reason.id === id)!.symptom) }),
      );
    default:
      return [];
  }
}

/**
 * Walks share `share` of `shares` of every complete path: the walks take most of the unit tests'
 * time, and vitest runs one file per worker, so each share is a file of its own.
 */
export function walkEveryPath(share: number, shares: number) {
  const paths = completePaths().filter((_, index) => index % shares === share - 1);
  describe(`every complete path, walked through the screens by a person (share ${share} of ${shares})`, { timeout: 20_000 }, () => {
    walkEach(paths);
  });
}

function walkEach(paths: ReturnType<typeof completePaths>) {
  it.each(paths.map((path) => [JSON.stringify(path.state.context.answers), path.state.value, path]))(
    '%s to %s',
    async (_, __, path) => {
      const { user } = await renderAt('/');
      for (const [index, step] of path.steps.entries()) {
        await act(user, step.event, path.steps[index - 1]?.state);
        // The screens after the start load on demand: the first time, over a second on a busy machine.
        const heading = await screen.findByRole('heading', { level: 1 }, { timeout: 5_000 });
        expect(heading).toHaveTextContent(screenWords(step.state).heading);
        // Focus moves to the new heading on every screen change, but not when the page first opens.
        expect(document.activeElement).toBe(index === 0 ? document.body : heading);
        for (const find of keyContent(step.state)) expect(find()).toBeVisible();
      }
    },
  );
}
