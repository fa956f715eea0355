import { signOutHere } from '../follow-ups';
import { administrator, signOutThereOnceYouCan, type UserTypeModule } from './user-type';

export const federatedIdentity: UserTypeModule<'federated-identity'> = {
  id: 'federated-identity',
  option: {
    label: 'Federated identity',
    hint: 'You sign in to an AWS account’s console through your company’s sign-on portal, or a login such as Login with Amazon, Google or Facebook.',
    source: 'TYPES',
  },
  name: 'federated identity',
  article: 'a',
  source: 'GUIDE',
  recognisedBy: {
    signInMethods: [
      {
        id: 'sign-on-portal',
        label: 'Through my company’s sign-on portal, or a login such as Google or Facebook',
        hint: 'A company directory or single sign-on page, or a login such as Login with Amazon, Google or Facebook, that takes you to an AWS account’s console. If it takes you to an AWS access portal, choose the access portal instead; if it opens a project, choose the project login.',
        source: 'TYPES',
      },
    ],
  },
  identification: {
    because: 'You sign in through an identity provider outside AWS, such as your company’s sign-on portal or a login such as Login with Amazon, Google or Facebook. That is a federated identity.',
    source: 'TYPES',
  },
  whoCanHelp: {
    advice: `${administrator} An administrator can revoke a role’s sessions handed out before a given time, which also ends one still open on that device.`,
    source: 'TYPES',
    alsoFrom: ['IAM-REVOKE'],
    signOutThere: signOutHere(signOutThereOnceYouCan, 'federated-identity'),
  },
  notes: [
    {
      id: 'federated-provider-session',
      afterwards:
        'Your identity provider, such as your company’s sign-on portal, may still have you signed in. To be safe, sign out there too, or check with your administrator.',
      stillSignedIn: {
        symptom: 'Your company’s sign-on portal or login signed you straight back in.',
        fix: 'Your identity provider may still have you signed in. Sign out there too, or check with your administrator how.',
      },
      source: 'GUIDE',
      unconfirmed: true,
    },
    {
      id: 'saml-session-length',
      scope: { places: ['console'] },
      afterwards:
        'If your organization signs you in with SAML, your identity provider may let a console session last up to 12 hours, so it’s worth signing out when you’re done.',
      source: 'SAML',
    },
  ],
};
