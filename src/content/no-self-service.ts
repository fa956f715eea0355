import type { FollowUp, UserType } from './answers';
import { signOutHere } from './follow-ups';
import type { Sourced } from './sources';

interface Help {
  whoCanHelp: string;
  /** The steps for when they can get to that device or browser again. */
  signOutThere: FollowUp;
}

/** Root users, IAM users and federated identities sign in to the console only. */
const signOutThere = (userType: UserType) => signOutHere('How to sign out there, once you can', userType, 'console');

const administrator = 'Ask the person who gave you access, such as your administrator or help desk, to help you.';

/** For the kinds of user AWS gives no way to end a session on another device or browser themselves. */
export const noSelfService = {
  heading: 'AWS doesn’t describe a way to do this yourself',
  lead: (article: string, name: string) =>
    `AWS’s guides don’t describe a way for ${article} ${name} to end a session on another device or browser.`,
  help: {
    'root-user': { whoCanHelp: 'Contact AWS Support, and ask them what you can do.', signOutThere: signOutThere('root-user') },
    'iam-user': { whoCanHelp: administrator, signOutThere: signOutThere('iam-user') },
    'federated-identity': { whoCanHelp: administrator, signOutThere: signOutThere('federated-identity') },
  } as Partial<Record<UserType, Help>>,
  source: 'GUIDE',
} as const satisfies Sourced & Record<string, unknown>;
