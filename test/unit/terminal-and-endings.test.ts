import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { pathOf } from '../../src/address/address';
import { sources } from '../../src/content/sources';
import { reachableScreens } from '../../src/flow/reachable';
import { screenModelOf, type ScreenModel } from '../../src/flow/screen-model';
import { testBuild, testBuilds } from '../../scripts/build-site';
import { byTag, find, findAll, parsePage, type Element } from '../support/html';

// What a person reads about the AWS CLI and at the end of the steps, read from the built pages: each
// point of the terminal's correction (FACTS.md, corrected 2026-12-07) and the endings' rule.
const page = (path: string): Element => parsePage(readFileSync(join(testBuilds.root.outDir, path, 'index.html'), 'utf8'));
const mainOf = (path: string) => find(page(path), byTag('main'))!;
const mainText = (path: string) => mainOf(path).text;
const h1 = (path: string) => find(page(path), byTag('h1'))!.text;
/** The reasons a still-signed-in page offers, in order, by their headings. */
const reasons = (path: string) => findAll(mainOf(path), byTag('h2')).map((heading) => heading.text);
const sourcesOf = (path: string) =>
  findAll(find(page(path), (element) => element.attributes.get('aria-labelledby') === 'sources-heading')!, byTag('a')).map((link) => link.attributes.get('href'));
/** Every reachable screen's model with its address. */
const screens = () => reachableScreens().map((snapshot) => ({ path: pathOf(snapshot), model: screenModelOf(snapshot) }));
const signedInTo = (model: ScreenModel, place: string) => model.situation?.whereToSignOut === 'this-browser' && model.situation.places.includes(place as never);
const placesQuestion = (userType: string) => `/${userType}/this-browser/portal/`;
/** A place's option on the places question, as its label and hint read. */
const optionText = (userType: string, label: string) => find(mainOf(placesQuestion(userType)), (element) => element.tag === 'div' && element.text.startsWith(label) && element.text.length < 400)?.text ?? '';

beforeAll(() => testBuild(testBuilds.root), 120_000);

describe('the AWS CLI, as AWS’s command references describe it', () => {
  it('1. aws sso logout deletes the role credentials the AWS CLI had; only copies made elsewhere go on', () => {
    const done = mainText('/identity-center-user/this-browser/cli/done/');
    expect(done).not.toMatch(/already given keep working/);
    expect(done).toMatch(/aws sso logout deletes the role credentials the AWS CLI had cached\. Copies of them made elsewhere/);
    expect(mainText('/identity-center-user/this-browser/cli/not-signed-out/')).not.toMatch(/Wait for them to expire/);
  });

  it('2. every CLI path’s reasons start with the credentials no sign-out command removes, and aws configure list; the option’s hint names aws configure', () => {
    const cliPaths = screens().filter(({ model }) => model.kind === 'notSignedOut' && signedInTo(model, 'cli'));
    expect(cliPaths.length).toBeGreaterThan(20);
    const wrong = cliPaths.filter(({ path }) => reasons(path)[0] !== 'A command still works after you signed out.' || !mainText(path).includes('Run aws configure list'));
    expect(wrong.map(({ path }) => path)).toEqual([]);
    expect(optionText('iam-user', 'The AWS CLI, in a terminal')).toContain('saved access keys with aws configure');
  });

  it('4. where AWS documents no sign, the check says so and offers “No, or I can’t tell”', () => {
    const check = mainText('/root-user/this-browser/cli/check/');
    expect(check).not.toContain('This is how you know you are signed out:');
    expect(check).toContain('where AWS describes a way to tell');
    expect(check).toContain('No, or I can’t tell');
    const ssoCheck = mainText('/identity-center-user/this-browser/cli/check/');
    expect(ssoCheck).toContain('This is how you know you are signed out:');
    expect(ssoCheck).toContain('No, I’m still signed in');
  });

  it('5. aws logout and the console are not called separate: AWS doesn’t say, and aws login can use a console session', () => {
    const done = mainText('/root-user/this-browser/cli/done/');
    expect(done).not.toMatch(/separate/);
    expect(done).toMatch(/AWS doesn’t say whether aws logout signs you out of the console in your browser, and aws login can use a console session you have open/);
  });

  it('6. says nothing of CLI sign-ins being separate in other AWS Regions', () => {
    expect(mainText('/identity-center-user/this-browser/cli/not-signed-out/')).not.toMatch(/Region/);
  });

  it('7. a project user’s aws logout step carries no hedge', () => {
    const step = mainText('/project-user/this-browser/cli/steps/1/');
    expect(step).toContain('run aws logout --all');
    expect(step).not.toMatch(/may not apply|try aws logout/);
  });

  it('8. PowerShell: Invoke-AWSSSOLogout to run as well, hedged; Invoke-AWSLogout -All for those who use aws login', () => {
    const sso = mainText('/identity-center-user/this-browser/cli/done/');
    expect(sso).toMatch(/run Invoke-AWSSSOLogout there too/);
    expect(sso).not.toMatch(/in the same way/);
    expect(sso).toMatch(/AWS doesn’t say whether it removes role credentials/);
    const loginUsers = ['root-user', 'iam-user', 'federated-identity', 'project-user'];
    expect(loginUsers.filter((userType) => !/run Invoke-AWSLogout -All there too/.test(mainText(`/${userType}/this-browser/cli/done/`)))).toEqual([]);
  });

  it('11. the cache is where it is kept by default; credential_process is hedged; Choose AWS sessions each time, 12 hours a login; the hint per kind of user', () => {
    expect(mainText('/root-user/this-browser/cli/check/')).toContain('kept by default in ~/.aws/login/cache');
    expect(mainText('/iam-user/this-browser/cli/done/')).toMatch(/credential_process\) can’t get new ones after aws logout\. AWS doesn’t say whether/);
    expect(mainText('/project-user/this-browser/cli/done/')).toMatch(/the Choose AWS sessions page appears each time you do\. Each login gives 12 hours of access/);
    expect(optionText('identity-center-user', 'The AWS CLI, in a terminal')).toMatch(/aws sso login/);
    expect(optionText('identity-center-user', 'The AWS CLI, in a terminal')).not.toMatch(/aws login|aws configure/);
    expect(optionText('project-user', 'The AWS CLI, in a terminal')).not.toMatch(/aws sso login|aws configure/);
  });
});

describe('outside the terminal', () => {
  it('9. an Identity Center administrator ends permission-set role sessions in IAM Identity Center, not by editing the role in IAM', () => {
    const paths = ['/identity-center-user/elsewhere/done/', '/identity-center-user/elsewhere/not-signed-out/'];
    const wrong = paths.filter((path) => {
      const text = mainText(path);
      const named = sourcesOf(path);
      return (
        !/in IAM Identity Center\./.test(text) ||
        /revoke a role’s sessions handed out before a given time/.test(text) ||
        !named.includes(sources['IDC-REVOKE'].url) ||
        named.includes(sources['IAM-REVOKE'].url)
      );
    });
    expect(wrong).toEqual([]);
    expect(sourcesOf('/federated-identity/elsewhere/who-can-help/')).toContain(sources['IAM-REVOKE'].url);
  });

  it('10. “Add session” is the route for root and IAM users; others add a role from their portal', () => {
    expect(mainText('/iam-user/this-browser/console/one/done/')).toMatch(/choose Add session in the menu under your user name, then Sign in/);
    const byPortal = ['identity-center-user', 'federated-identity'].map((userType) => mainText(`/${userType}/this-browser/console/one/done/`));
    expect(byPortal.filter((done) => /Add session/.test(done) || !/sign in to the other role from your access portal or your sign-on portal/.test(done))).toEqual([]);
  });

  it('11. SAML’s “up to 12 hours” is said on console paths only; the portal’s address “looks like”', () => {
    expect(mainText('/federated-identity/this-browser/console/one/done/')).toMatch(/SAML/);
    expect(mainText('/federated-identity/this-browser/cli/done/')).not.toMatch(/SAML/);
    expect(mainText('/user-type/')).toContain('The portal’s address looks like https://d-xxxxxxxxxx.awsapps.com/start');
  });
});

const endings = () => screens().filter(({ model }) => model.kind === 'done');

describe('the ending', () => {

  it('3. says “You’re signed out” only where every place shows a sign AWS documents and nothing stays signed in', () => {
    expect(h1('/identity-center-user/this-browser/console+cli/one/done/')).not.toContain('You’re signed out');
    expect(h1('/identity-center-user/this-browser/console/one/done/')).toBe('You’ve done the sign-out steps');
    expect(h1('/iam-user/this-browser/console/several/current/done/')).toBe('You’ve done the sign-out steps');
    expect(h1('/builder-id/this-browser/builder-id-profile/done/')).toBe('You’ve done the sign-out steps');
    expect(h1('/root-user/this-browser/cli/done/')).toBe('You’ve done the sign-out steps');
    expect(h1('/iam-user/this-browser/console/one/done/')).toBe('You’re signed out');
    expect(h1('/iam-user/this-browser/console/several/all/done/')).toBe('You’re signed out');
  });

  it('3. says the same in its title, on paper and in the message a help desk sends', () => {
    const path = '/identity-center-user/this-browser/console+cli/one/done/';
    expect(find(page(path), byTag('title'))!.text).toBe('You’ve done the sign-out steps – Sign out of AWS');
    const wrong = endings().filter(({ path: each }) => !find(page(each), byTag('title'))!.text.startsWith(h1(each)));
    expect(wrong.map(({ path: each }) => each)).toEqual([]);
  });

  it('counts its headings by wording (for the closing note)', () => {
    const counts = new Map<string, number>();
    for (const { path } of endings()) counts.set(h1(path), (counts.get(h1(path)) ?? 0) + 1);
    console.log(Object.fromEntries(counts));
    expect(counts.size).toBeGreaterThan(1);
  });
});
