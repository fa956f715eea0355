import type { ReactNode } from 'react';
import type { ScreenModel } from '../flow/screen-model';
import { useScreenModel } from '../ui/screen-model-context';
import { ConfirmationScreen } from './confirmation-screen';
import { DoneScreen } from './done-screen';
import { NoSelfServiceScreen } from './no-self-service-screen';
import { NotSignedOutScreen } from './not-signed-out-screen';
import { QuestionScreen } from './question-screen';
import type { ScreenProps } from './screen-props';
import { StepScreen } from './step-screen';
import { UnidentifiedScreen } from './unidentified-screen';

/** The component for each kind of screen after the start page (app.tsx shows that itself). */
const components: { [K in ScreenModel['kind']]: (props: ScreenProps<K>) => ReactNode } = {
  start: () => null,
  question: QuestionScreen,
  unidentified: UnidentifiedScreen,
  noSelfService: NoSelfServiceScreen,
  step: StepScreen,
  confirmation: ConfirmationScreen,
  done: DoneScreen,
  notSignedOut: NotSignedOutScreen,
};

/** The component for the machine's current screen. */
export function CurrentScreen() {
  const model = useScreenModel();
  const Component = components[model.kind] as (props: { model: ScreenModel }) => ReactNode;
  return <Component model={model} />;
}
