import type { UserTypeModule } from './user-type';

export const identityCenterUser: UserTypeModule<'identity-center-user'> = {
  id: 'identity-center-user',
  option: {
    label: 'IAM Identity Center user',
    hint: 'You sign in at your organization’s AWS access portal.',
    more: 'Perhaps with the same user name and password as your company’s other systems. The portal’s address looks like https://d-xxxxxxxxxx.awsapps.com/start, or a Regional one such as https://ssoins-111111h2222j33pp.eu-west-1.portal.amazonaws.com.',
    source: 'TYPES',
    alsoFrom: ['MULTIREGION'],
  },
  name: 'IAM Identity Center user',
  article: 'an',
  source: 'GUIDE',
  recognisedBy: {
    signInMethods: [
      {
        id: 'access-portal',
        label: 'At an AWS access portal address',
        hint: 'An address such as https://d-xxxxxxxxxx.awsapps.com/start, a Regional one such as https://ssoins-111111h2222j33pp.portal.eu-west-1.app.aws, or one containing signin.aws/platform/login.',
        more: 'Perhaps from an invitation email sent by no-reply@login.awsapps.com or no-reply@signin.aws (these addresses also send AWS Builder ID verification emails, so the sender alone doesn’t tell you). You may reach it with the same user name and password you use for your company’s other systems.',
        source: 'TYPES',
        alsoFrom: ['MULTIREGION', 'HELP', 'BUILDERID-TROUBLE'],
      },
    ],
  },
  identification: {
    because: 'You sign in at an AWS access portal address specific to your organization. That is an IAM Identity Center user.',
    source: 'TYPES',
  },
  notes: [],
};
