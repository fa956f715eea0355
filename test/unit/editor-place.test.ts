import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { sources } from '../../src/content/sources';
import { testBuild, testBuilds } from '../../scripts/build-site';
import { byTag, find, findAll, parsePage, type Element } from '../support/html';

// A code editor as a place (FACTS.md, "Signed in in an editor or coding assistant"), read from the
// built pages a person gets, with or without script.
const page = (path: string): Element => parsePage(readFileSync(join(testBuilds.root.outDir, path, 'index.html'), 'utf8'));
const mainOf = (path: string) => find(page(path), byTag('main'))!;
const mainText = (path: string) => mainOf(path).text;
const h1 = (path: string) => find(page(path), byTag('h1'))!.text;
/** The tools a step is done in, each closed under its name, and what each says once opened. */
const waysOn = (path: string) =>
  findAll(mainOf(path), byTag('details')).map((details) => ({ name: find(details, byTag('summary'))!.text, text: details.text }));
const way = (path: string, name: string) => waysOn(path).find((each) => each.name.startsWith(name))?.text ?? '';
const sourcesOf = (path: string) =>
  findAll(find(page(path), (element) => element.attributes.get('aria-labelledby') === 'sources-heading')!, byTag('a')).map((link) => link.attributes.get('href'));
const placesQuestion = (userType: string) => `/${userType}/this-browser/portal/`;
const editorOption = 'My code editor (VS Code, JetBrains, Visual Studio, Kiro)';
const offered = (userType: string) => mainText(placesQuestion(userType)).includes(editorOption);

/** An IAM Identity Center user signed in to the console, the AWS CLI and Amazon Q in VS Code. */
const threePlaces = '/identity-center-user/this-browser/console+editor+cli/one';

beforeAll(() => testBuild(testBuilds.root), 120_000);

describe('a code editor, as a place', () => {
  it('is offered, in the words a person uses, to IAM Identity Center and Builder ID users only', () => {
    expect(['identity-center-user', 'builder-id'].filter((userType) => !offered(userType))).toEqual([]);
    expect(['root-user', 'iam-user', 'federated-identity', 'project-user'].filter(offered)).toEqual([]);
  });

  it('is one checklist with the console and the AWS CLI: the editor between them', () => {
    const list = find(find(mainOf(`${threePlaces}/steps/3/`), (element) => element.attributes.get('aria-labelledby') === 'step-list-heading')!, byTag('ol'))!;
    expect(list.children.map((step) => step.text)).toEqual([
      expect.stringMatching(/^Choose your user name in the console/),
      expect.stringMatching(/^Choose “Sign out” in the console/),
      expect.stringMatching(/^Sign out in your code editor/),
      expect.stringMatching(/^Sign out of the AWS CLI in your terminal/),
    ]);
    expect(h1(`${threePlaces}/steps/3/`)).toContain('Sign out in your code editor');
  });

  it('opens each editor’s way on the step, without a question and without script', () => {
    expect(waysOn(`${threePlaces}/steps/3/`).map((each) => each.name)).toEqual([
      'VS Code: AWS Toolkit or Amazon Q',
      'JetBrains, such as IntelliJ IDEA',
      'Visual Studio or Eclipse',
      'Kiro, or Kiro in VS Code',
      'Kiro CLI, in a terminal',
    ]);
  });

  it('in VS Code, names the Command Palette’s commands as the tools name them, with a drawing of the palette', () => {
    const vsCode = way(`${threePlaces}/steps/3/`, 'VS Code');
    expect(vsCode).toContain('open the Command Palette and run AWS: Sign Out');
    expect(vsCode).toContain('run Amazon Q: Sign Out from the Command Palette');
    expect(vsCode).toContain('under the Amazon Q item in the status bar');
    const drawings = findAll(mainOf(`${threePlaces}/steps/3/`), (element) => element.attributes.get('role') === 'img');
    expect(drawings.map((image) => image.attributes.get('aria-label'))).toEqual([
      expect.stringMatching(/^Drawing of VS Code with its Command Palette open/),
      expect.stringMatching(/^Drawing of a terminal: kiro-cli logout/),
    ]);
  });

  it('checks it honestly: AWS describes no sign, so the person may say they can’t tell', () => {
    const check = mainText(`${threePlaces}/check/`);
    expect(check).toContain('AWS doesn’t describe a sign that an editor is signed out.');
    expect(check).toContain('In VS Code, you can look at the AWS panel: whether it still shows your connection.');
    expect(check).toContain('No, or I can’t tell');
    expect(h1(`${threePlaces}/done/`)).toBe('You’ve done the sign-out steps');
  });

  it('tells a Builder ID user with Kiro CLI to run kiro-cli logout, then kiro-cli whoami', () => {
    const kiroCli = way('/builder-id/this-browser/editor/steps/1/', 'Kiro CLI');
    expect(kiroCli).toMatch(/run kiro-cli logout\..*Then run kiro-cli whoami: it shows which sign-in is active/);
    expect(mainText('/builder-id/this-browser/editor/check/')).toContain('With Kiro CLI, kiro-cli whoami shows which sign-in is active, if any is.');
  });

  it('tells a JetBrains user to keep a copy of ~/.aws/config before signing out', () => {
    const jetBrains = way('/builder-id/this-browser/editor/steps/1/', 'JetBrains');
    expect(jetBrains.indexOf('First keep a copy of your ~/.aws/config file')).toBeGreaterThan(-1);
    expect(jetBrains.indexOf('First keep a copy')).toBeLessThan(jetBrains.indexOf('sign out there'));
  });

  it('never offers Kiro’s Delete Account as a way to sign out', () => {
    expect(way('/builder-id/this-browser/editor/steps/1/', 'Kiro,')).toContain('Don’t choose Kiro: Delete Account to sign out.');
  });

  it('names where it comes from: the tools’ own command names, their maintainers and Kiro’s documentation', () => {
    const named = sourcesOf(`${threePlaces}/steps/3/`);
    expect(named).toEqual(expect.arrayContaining([sources['TOOLKIT-VSC'].url, sources['Q-VSC'].url, sources['TOOLKIT-JB'].url, sources['KIRO-CLI'].url, sources['KIRO-VSC'].url]));
  });
});

describe('what an editor’s sign-out leaves', () => {
  it('for an IAM Identity Center user: AWS doesn’t say what it ends, Amazon Q’s 90 days, role credentials, and the AWS CLI too', () => {
    const done = mainText('/identity-center-user/this-browser/editor/done/');
    expect(done).toContain('AWS doesn’t say whether signing out in your editor also ends your session on AWS’s side');
    expect(done).toContain('Amazon Q Developer keeps you signed in for 90 days by default');
    expect(done).toContain('Role credentials your editor already got with your sign-in keep working until they expire');
    expect(done).toContain('If you use the AWS CLI on this device, sign out of it as well.');
    expect(mainText(`${threePlaces}/done/`)).not.toContain('If you use the AWS CLI on this device');
  });

  it('sends an IAM Identity Center user who can’t tell to the administrator, who can delete their sessions', () => {
    expect(mainText('/identity-center-user/this-browser/editor/not-signed-out/')).toContain(
      'Your administrator can see your active sessions in IAM Identity Center and delete them',
    );
    expect(mainText('/identity-center-user/elsewhere/done/')).toContain('Signed in to a code editor on that device');
  });

  it('offers a Builder ID user who can’t tell to sign out everywhere from the profile', () => {
    const reasons = mainText('/builder-id/this-browser/editor/not-signed-out/');
    expect(reasons).toContain('AWS’s way to sign out of your AWS Builder ID on every device at once is from your profile; it can take up to an hour.');
    expect(reasons).not.toMatch(/To be sure/);
  });
});

describe('the other services a Builder ID signs in to', () => {
  it('stay a place of their own, named as other services, pointing a Builder ID user with an editor to the editor', () => {
    const question = mainText(placesQuestion('builder-id'));
    expect(question).toContain('Another AWS service I use with my Builder ID');
    expect(question).toContain('For Amazon Q or Kiro in an editor, choose your code editor.');
    expect(mainText(placesQuestion('project-user'))).toContain('Another AWS service I use with my Builder ID');
  });
});
