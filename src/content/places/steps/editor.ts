import { endSessionsElsewhere } from '../../follow-ups';
import { lines, type PictureContent, type TerminalPicture } from '../../pictures';
import type { ProcedureContent, StepWay } from '../../procedure';
import type { PlaceSteps } from '../place';

/*
 * AWS's guides for the editor tools describe signing in, not out (FACTS.md, "Signed in in an editor or
 * coding assistant"): each way names its sign-out as the tool does, and says where nothing is documented.
 */

const commandPalette: PictureContent = {
  alt: 'Drawing of VS Code with its Command Palette open: Sign Out typed in it, and below, AWS: Sign Out marked as the one to choose for the AWS Toolkit, and Amazon Q: Sign Out for Amazon Q.',
  caption: 'Simplified drawing, not a screenshot: the Command Palette may list other commands too.',
  bar: 'plain',
  barItems: [],
  page: lines(5),
  dialog: [{ text: 'Sign Out', as: 'typed' }, { text: 'AWS: Sign Out', mark: 'choose' }, { text: 'Amazon Q: Sign Out' }],
  source: 'TOOLKIT-VSC',
  alsoFrom: ['Q-VSC'],
};

const kiroCliPicture: TerminalPicture = {
  alt: 'Drawing of a terminal: kiro-cli logout typed after the prompt, then kiro-cli whoami. Kiro doesn’t say what they print, so nothing is drawn after them.',
  caption: 'Simplified drawing, not a screenshot: your terminal looks its own way.',
  terminal: [{ command: 'kiro-cli logout' }, { command: 'kiro-cli whoami' }],
  source: 'KIRO-CLI',
};

const ways: readonly StepWay[] = [
  {
    label: 'VS Code: AWS Toolkit or Amazon Q',
    instruction:
      'For the AWS Toolkit, open the Command Palette and run “AWS: Sign Out”, or in the AWS panel right-click your connection and choose “Sign out”. For Amazon Q, run “Amazon Q: Sign Out” from the Command Palette, or find “Sign Out” under the “Amazon Q” item in the status bar, or in the “…” menu of the Amazon Q panel.',
    target: { kind: 'control', label: 'AWS: Sign Out' },
    picture: commandPalette,
    source: 'TOOLKIT-VSC',
    alsoFrom: ['Q-VSC'],
  },
  {
    label: 'JetBrains, such as IntelliJ IDEA',
    instruction:
      'First keep a copy of your `~/.aws/config` file: people have reported that signing out of an IAM Identity Center connection deleted its `sso-session` profiles from that file, even when they chose Cancel. Then, for the AWS Toolkit, open the “…” menu of its connection pane, where its connection settings are, and sign out there. For Amazon Q, use the sign-out in the Amazon Q panel or menu. AWS doesn’t document where either sign-out is.',
    target: { kind: 'described', text: 'the sign-out in the connection pane’s … menu' },
    source: 'TOOLKIT-JB',
    alsoFrom: ['TOOLKIT-JB-CONFIG'],
  },
  {
    label: 'Visual Studio or Eclipse',
    instruction:
      'For Amazon Q, use the sign-out in the Amazon Q panel or menu. AWS doesn’t document where it is, nor a sign-out for anything else there you signed in to with AWS: use that tool’s own sign-out.',
    target: { kind: 'described', text: 'the sign-out in the Amazon Q panel or menu' },
    source: 'GUIDE',
  },
  {
    label: 'Kiro, or Kiro in VS Code',
    instruction:
      'Kiro in VS Code keeps its sign-in apart from the Kiro IDE on the same computer, so sign out of each one you use, with its own sign-out. Kiro doesn’t document where the Kiro IDE’s sign-out is. Don’t choose “Kiro: Delete Account” to sign out.',
    target: { kind: 'described', text: 'Kiro’s own sign-out' },
    source: 'KIRO-VSC',
  },
  {
    label: 'Kiro CLI, in a terminal',
    instruction: 'In a terminal, run `kiro-cli logout`. Then run `kiro-cli whoami`: it shows which sign-in is active, if any is.',
    target: { kind: 'command', command: 'kiro-cli logout' },
    picture: kiroCliPicture,
    source: 'KIRO-CLI',
  },
];

const signOut: ProcedureContent = {
  id: 'editor',
  title: 'Sign out of your code editor',
  steps: [
    {
      heading: 'Sign out in your code editor',
      instruction:
        'Open yours for its steps. Each editor, and each AWS tool in it, has its own sign-out: sign out of every one you use.',
      target: { kind: 'described', text: 'your editor’s own sign-out' },
      ways,
      source: 'GUIDE',
      alsoFrom: ['KIRO-VSC'],
    },
  ],
  success: {
    text: 'AWS doesn’t describe a sign that an editor is signed out. With Kiro CLI, `kiro-cli whoami` shows which sign-in is active, if any is. In VS Code, you can look at the AWS panel: whether it still shows your connection.',
    source: 'KIRO-CLI',
    alsoFrom: ['TOOLKIT-VSC'],
    noSign: true,
  },
};

export const steps: PlaceSteps = {
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
  signOut: () => signOut,
};
