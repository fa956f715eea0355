import { endSessionsElsewhere } from '../follow-ups';
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
  notes: [
    {
      id: 'editor-session-on-aws-side',
      somethingStays: true,
      afterwards:
        'AWS doesn’t say whether signing out in your editor also ends your session on AWS’s side, or deletes what the editor saved on this computer.',
      source: 'GUIDE',
      alsoFrom: ['TOOLKIT-VSC'],
    },
    {
      id: 'editor-idc-90-days',
      scope: { userTypes: ['identity-center-user'] },
      afterwards:
        'With IAM Identity Center, Amazon Q Developer keeps you signed in for 90 days by default (where IAM Identity Center was set up on or after April 18, 2024), and your administrator can let Kiro keep you signed in for 90 days too.',
      source: 'Q-SETUP',
      alsoFrom: ['IDC-90'],
    },
    {
      id: 'editor-role-credentials',
      scope: { userTypes: ['identity-center-user'] },
      somethingStays: true,
      afterwards:
        'Role credentials your editor already got with your sign-in keep working until they expire: signing out doesn’t cancel them.',
      source: 'TOOLKIT-JB-CREDENTIALS',
      alsoFrom: ['ADMIN-SESSIONS'],
    },
    {
      id: 'editor-and-cli',
      scope: { userTypes: ['identity-center-user'], notPlaces: ['cli'] },
      somethingStays: true,
      afterwards:
        'AWS doesn’t say whether signing out in your editor signs the AWS CLI out too, or the other way round. If you use the AWS CLI on this device, sign out of it as well.',
      source: 'CLI-REF-SSO-LOGOUT',
      alsoFrom: ['GUIDE'],
    },
    {
      id: 'editor-builder-id-90-days',
      scope: { userTypes: ['builder-id'] },
      afterwards:
        'With a Builder ID, Amazon Q Developer keeps you signed in for 90 days, and other tools for 30 days by default. After you sign out in your editor, Amazon Q Developer may stay listed under “Signed in devices” in your profile for up to 90 days, although it no longer works there.',
      source: 'BUILDERID-APPS',
      alsoFrom: ['BUILDERID-SESSIONS'],
    },
    {
      id: 'another-editor-still-signed-in',
      stillSignedIn: {
        symptom: 'Another editor, or another AWS tool in the same editor, still shows you signed in.',
        fix: 'Each one has its own sign-out. Open its steps again and sign out of it too.',
      },
      source: 'GUIDE',
      alsoFrom: ['KIRO-VSC'],
    },
    {
      id: 'editor-still-signed-in-identity-center',
      scope: { userTypes: ['identity-center-user'] },
      stillSignedIn: {
        symptom: 'You can’t tell whether your editor is signed out, or it still works with AWS.',
        fix: 'AWS doesn’t describe what an editor’s sign-out ends. Your administrator can see your active sessions in IAM Identity Center and delete them: ask them.',
      },
      source: 'ADMIN-SESSIONS',
    },
    {
      id: 'editor-still-signed-in-builder-id',
      scope: { userTypes: ['builder-id'] },
      stillSignedIn: {
        symptom: 'You can’t tell whether your editor is signed out, or it still works with AWS.',
        fix: 'AWS doesn’t describe what an editor’s sign-out ends. AWS’s way to sign out of your AWS Builder ID on every device at once is from your profile; it can take up to an hour.',
      },
      followUp: endSessionsElsewhere('Sign out of your AWS Builder ID on every device', 'builder-id'),
      source: 'BUILDERID-SESSIONS',
      alsoFrom: ['BUILDERID-TROUBLE'],
    },
  ],
};
