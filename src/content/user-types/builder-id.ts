import type { UserTypeModule } from './user-type';

export const builderId: UserTypeModule<'builder-id'> = {
  id: 'builder-id',
  option: {
    label: 'AWS Builder ID user',
    hint: 'A personal profile for tools such as AWS Builder Center or Amazon Q Developer.',
    more: 'Also for tools such as AWS Training and Certification. If you use it for projects or AWS Settings, choose project owner or team member instead.',
    source: 'BUILDERID',
    alsoFrom: ['HELP'],
  },
  name: 'AWS Builder ID user',
  article: 'an',
  source: 'GUIDE',
  recognisedBy: {
    signInMethods: [
      {
        id: 'personal-profile',
        label: 'With a personal profile, no AWS account needed',
        hint: 'For tools such as AWS Builder Center, Amazon Q Developer or AWS Training and Certification: not for projects or AWS Settings.',
        source: 'BUILDERID',
        alsoFrom: ['HELP'],
      },
    ],
  },
  identification: {
    because: 'You use a personal profile that needs no AWS account, for tools such as Amazon Q Developer. That is an AWS Builder ID.',
    source: 'BUILDERID',
  },
  notes: [],
};
