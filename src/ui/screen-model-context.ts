import { createContext, use } from 'react';
import type { ScreenModel } from '../flow/screen-model';

/** The screen shown, worked out once for each state of the wizard (app.tsx), for everything on the page to read. */
export const ScreenModelContext = createContext<ScreenModel | undefined>(undefined);

export function useScreenModel(): ScreenModel {
  const model = use(ScreenModelContext);
  if (!model) throw new Error('useScreenModel outside the wizard');
  return model;
}
