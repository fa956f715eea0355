import { signOutHere } from '../follow-ups';
import { lines, type PictureContent } from '../pictures';
import type { ProcedureContent } from '../procedure';
import type { Place } from './place';

const toolPicture: PictureContent = {
  alt: 'Illustration, not a real tool: a tool’s window with the menu under your name open at the top right, and the tool’s own sign-out in it marked as the one to choose.',
  caption: 'Only an illustration: each tool you use with your Builder ID looks different and has its own sign-out.',
  bar: 'plain',
  barItems: [{ text: 'Your name', as: 'user' }],
  menu: [...lines(2), { text: 'The tool’s own sign-out', mark: 'choose' }],
  page: lines(5),
  source: 'GUIDE',
};

const signOut: ProcedureContent = {
  id: 'builder-id-tool',
  title: 'Sign out of the tools you use with AWS Builder ID',
  steps: [
    {
      heading: 'Sign out in each tool you use with your Builder ID',
      instruction:
        'A tool you use with your Builder ID, such as Amazon Q Developer, is signed out of in that tool itself. Use the tool’s own sign-out, then do the same in every other tool you signed in to: each one is signed out of separately.',
      target: { kind: 'described', text: 'the tool’s own sign-out' },
      picture: toolPicture,
      source: 'GUIDE',
    },
  ],
  success: {
    text: 'You have used the sign-out in each tool you signed in to with your Builder ID. Each tool shows this in its own way; check the tool’s own help if you’re unsure.',
    source: 'GUIDE',
  },
};

export const builderIdTool: Place<'builder-id-tool'> = {
  id: 'builder-id-tool',
  option: {
    label: 'An AWS tool I use with my Builder ID',
    hint: 'For example Amazon Q Developer, Amazon CodeCatalyst or AWS Training and Certification.',
    source: 'BUILDERID',
  },
  name: 'an AWS tool you use with your Builder ID',
  offeredTo: ['builder-id'],
  signOut: () => signOut,
  notes: [
    {
      id: 'builder-id-profile-separate',
      afterwards:
        'Your AWS Builder ID profile has its own sign-out, apart from the tools you use with it. To sign out of your profile too, follow its own steps.',
      stillSignedIn: {
        symptom: 'Your AWS Builder ID profile is still signed in.',
        fix: 'Signing out of a tool does not sign you out of your profile, which has its own sign-out.',
      },
      followUp: signOutHere('Sign out of your AWS Builder ID profile', 'builder-id', 'builder-id-profile'),
      source: 'GUIDE',
    },
    {
      id: 'another-tool-still-signed-in',
      stillSignedIn: {
        symptom: 'Another tool you use with your Builder ID still shows you signed in.',
        fix: 'Each tool is signed out of separately. Use the sign-out in every tool you signed in to.',
      },
      source: 'GUIDE',
    },
  ],
};
