/** The words of the start page and of what surrounds every page: all the first screen needs. */
export const productName = 'Sign out of AWS';

export const startScreen = {
  heading: 'Sign out of AWS',
  lead: 'Signing out of AWS depends on what kind of user you are and where you are signed in. Answer a few questions, one at a time, and we’ll show you where to click, as AWS describes it, how to tell it worked, and what to do if it didn’t.',
  forWhom: 'For the seven kinds of AWS user AWS describes: account root users, IAM users, IAM Identity Center users, federated identities, project owners and team members in the new AWS experience, and AWS Builder ID users; and for the help desks who support them.',
  time: 'It takes about a minute.',
  action: 'Start now',
  mapLink: 'Or see every path through the wizard on one page',
} as const;

export const mapPage = {
  heading: 'Every path through the wizard',
  lead: 'Each screen of the wizard, drawn from the wizard itself, as a tree: every answer opens a branch. Follow any link to open that screen with the answers that lead to it, or search for a screen to copy it as a message to send.',
  listLabel: 'Every screen',
  backToStart: 'Back to the start',
} as const;

export const linkNotice =
  'We didn’t recognise all of that link, so we’ve taken you to the nearest step we could: the one below.';

export const skipLink = 'Skip to main content';
