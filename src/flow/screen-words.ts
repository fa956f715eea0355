import { unidentified } from '../content/identification';
import { questions } from '../content/questions';
import { noSelfService } from '../content/no-self-service';
import { identifiedScreen, pageWords, stepScreen } from '../content/screens';
import { mapPage, productName, startScreen } from '../content/site';
import { userTypeContent } from '../content/user-types';
import { pageTitle, startWords, type ScreenWords } from './page-title';
import { screenOf, type WizardSnapshot } from './screen';
import { resolvedUserType } from './situation';
import { checkWordsFor, currentStep } from './what-applies';

const asPlainText = (text: string) => text.replace(/[“”]/g, '"');

const aboutTheWizard = (heading: string, description = `${asPlainText(heading)}. ${startScreen.lead}`): ScreenWords => ({
  heading,
  title: pageTitle(heading),
  description,
});

/** The words of the map of every path, which is a page but no screen of the wizard. */
export const mapPageWords = aboutTheWizard(mapPage.heading, mapPage.lead);

/** The words of a screen that failed to render, shown in its place. */
export const screenFailedWords = aboutTheWizard(pageWords.screenFailed);

/** Each screen's one heading, also the start of its title, its label on the map and the core of its description. */
export function screenWords(snapshot: WizardSnapshot): ScreenWords {
  const screen = screenOf(snapshot);
  switch (screen.kind) {
    case 'start':
      return startWords;
    case 'question': {
      const question = questions[screen.question];
      return aboutTheWizard(question.text, `${question.text} ${question.intro ?? pageWords.questionDescription}`);
    }
    case 'identified': {
      const userType = resolvedUserType(snapshot.context.answers);
      if (!userType) return aboutTheWizard(unidentified.heading);
      const { article, name } = userTypeContent[userType];
      return aboutTheWizard(identifiedScreen.heading(article, name));
    }
    case 'unidentified':
      return aboutTheWizard(unidentified.heading);
    case 'noSelfService':
      return aboutTheWizard(noSelfService.heading);
    case 'step': {
      const step = currentStep(snapshot);
      if (!step) return aboutTheWizard(productName, startScreen.lead);
      const caption = stepScreen.caption(screen.index + 1, screen.count, step.procedure.title);
      return { ...aboutTheWizard(step.heading, asPlainText(step.instruction)), caption };
    }
    case 'confirmation':
    case 'done':
    case 'notSignedOut':
      return aboutTheWizard(checkWordsFor(snapshot.context.answers)[screen.kind].heading);
  }
}
