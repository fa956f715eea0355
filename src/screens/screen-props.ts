import type { ScreenModel } from '../flow/screen-model';

/** What a kind of screen's component is given: the model of the screen shown, of its own kind. */
export interface ScreenProps<K extends ScreenModel['kind']> {
  model: Extract<ScreenModel, { kind: K }>;
}
