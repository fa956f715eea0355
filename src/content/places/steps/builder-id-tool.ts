import { lines, type PictureContent } from '../../pictures';
import type { ProcedureContent } from '../../procedure';
import type { PlaceSteps } from '../place';

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
  title: 'Sign out of other services you use with Builder ID',
  steps: [
    {
      heading: 'Sign out in each service you use',
      instruction:
        'A service you use with your Builder ID, such as AWS Builder Center or AWS re:Post, is signed out of in that service itself. Use the tool’s own sign-out, then do the same in every other tool you signed in to: each one is signed out of separately.',
      target: { kind: 'described', text: 'the tool’s own sign-out' },
      picture: toolPicture,
      source: 'GUIDE',
    },
  ],
  success: {
    text: 'AWS doesn’t describe how a tool shows that you are signed out: each shows it in its own way, if at all.',
    source: 'GUIDE',
    noSign: true,
  },
};


export const steps: PlaceSteps = {
  notes: [
    {
      id: 'builder-id-tool-session-length',
      afterwards:
        'A tool you sign in to with your Builder ID keeps you signed in for 30 days by default (Amazon Q Developer, 90 days), so sign out of each one when you’re done with it.',
      source: 'BUILDERID-APPS',
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
  signOut: () => signOut,
};
