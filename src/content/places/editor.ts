import type { Place } from './place';

export const editor: Place<'editor'> = {
  id: 'editor',
  option: {
    label: 'My code editor (VS Code, JetBrains, Visual Studio, Kiro)',
    hint: 'The AWS Toolkit, Amazon Q or Kiro in your editor, or Kiro CLI.',
    source: 'Q-SETUP',
    alsoFrom: ['BUILDERID-APPS'],
  },
  name: 'your code editor',
  offeredTo: ['identity-center-user', 'builder-id'],
  steps: () => import('./steps/editor'),
};
