import type { Place } from './place';

export const project: Place<'project'> = {
  id: 'project',
  option: {
    label: 'A project, in the AWS Management Console',
    hint: 'The console shows your project name at the upper right.',
    source: 'GUIDE',
    alsoFrom: ['SWITCH'],
  },
  name: 'a project',
  offeredTo: ['project-user'],
  steps: () => import('./steps/project'),
};
