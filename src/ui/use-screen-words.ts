import type { ScreenWords } from '../flow/page-title';
import { screenWords } from '../flow/screen-words';
import { WizardActor } from '../wizard-actor';

const sameWords = (a: ScreenWords, b: ScreenWords) =>
  a.heading === b.heading && a.caption === b.caption && a.title === b.title && a.description === b.description;

/** The current screen's words about itself. */
export const useScreenWords = () => WizardActor.useSelector(screenWords, sameWords);
