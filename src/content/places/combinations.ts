import type { OptionContent } from '../option';
import type { PlaceId } from './registry';

/** Places signed out of together, offered as one answer: signed out of in the order of the places' registry. */
export interface Combination {
  id: string;
  option: OptionContent;
  places: readonly PlaceId[];
}

export const combinations: readonly Combination[] = [
  {
    id: 'console-and-access-portal',
    option: {
      label: 'Both: the access portal and a console I opened from it',
      hint: 'You’ll sign out of the console first, then the portal, because console sessions stay open after you sign out of the portal.',
      source: 'AUTHSESSIONS',
    },
    places: ['console', 'access-portal'],
  },
  {
    id: 'project-and-aws-settings',
    option: {
      label: 'Both: a project and AWS Settings',
      hint: 'AWS doesn’t say whether signing out of one signs you out of the other, so you’ll sign out of both: the project first, then AWS Settings.',
      source: 'GUIDE',
    },
    places: ['project', 'aws-settings'],
  },
];
