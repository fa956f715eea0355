import { expect, test } from '@playwright/test';
import { pageWords } from '../../src/content/screens';
import { questions } from '../../src/content/questions';
import { pathTo } from '../support/walked-paths';
import { at } from '../support/addresses';

test.use({ javaScriptEnabled: false });

// Each kind of question and screen once, answered by its links as a person does without script: the
// number of sessions, the questions "I'm not sure" adds, a checklist's steps and check, and each kind of
// ending for sessions somewhere they can't reach. Every page's controls, for every screen, are read
// from the build (test/unit/built-pages.test.ts); a set of places is walked by its links in
// scripts-refused.spec.ts.
const paths = [
  '/federated-identity/this-browser/console/several/current/done/',
  at.notSure.builderIdProfileDone,
  at.notSure.awsSettingsElsewhereDone,
  at.rootUser.whoCanHelp,
].map(pathTo);

for (const { name, moves, end } of paths) {
  test(`without script, a person walks ${name} from the start to the end`, async ({ page }) => {
    await page.goto(at.start);
    for (const { move, screen } of moves) {
      // Answers are links too; each loads the next page, so wait for it before looking at what it offers.
      await expect(page.getByRole('radio')).toHaveCount(0);
      await page.getByRole('link', { name: move.label, exact: true }).click();
      await expect(page).toHaveURL(screen.path);
      await page.waitForLoadState();
      await expect(page.getByRole('heading', { level: 1 })).toContainText(screen.heading);
      if (screen.stepCaption) await expect(page.getByRole('heading', { level: 1 })).toContainText(screen.stepCaption);
    }
    await expect(page).toHaveURL(end);
  });
}

test('without script, Back and Change are plain links that work', async ({ page }) => {
  await page.goto(at.iamUser.allStep1);
  await page.getByRole('link', { name: `${pageWords.change} ${questions.sessions.summaryLabel.toLowerCase()}` }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(questions.sessions.text);
  await page.getByRole('link', { name: pageWords.back }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(questions.places.text);
});
