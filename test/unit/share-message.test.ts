import { describe, expect, it } from 'vitest';
import { pathOf, resolvePath } from '../../src/address/address';
import { proceduresFor } from '../../src/flow/what-applies';
import { reachableScreens } from '../../src/flow/reachable';
import { answersBefore } from '../../src/flow/screen';
import { sharedScreen } from '../../src/flow/share-message';
import { situationOf } from '../../src/flow/situation';
import { userTypeContent } from '../../src/content/user-types';
import { answer, start, walk } from '../support/walk';

const origin = 'https://sign-out.example.org';

/** The message for the screen an address opens, sent from the site at `origin`. */
function messageAt(path: string) {
  const { snapshot, recognised } = resolvePath(path);
  expect(recognised).toBe(true);
  return sharedScreen(snapshot, `${origin}${path}`).message;
}

describe('the message a help desk sends, by kind of screen', () => {
  it('a first question: what the wizard is for, the question, the address', () => {
    expect(messageAt('/user-type/')).toBe(
      ['For signing out of AWS:', 'What kind of AWS user are you? – Sign out of AWS', `${origin}/user-type/`].join('\n'),
    );
  });

  it('once the user type is known, says who it is for', () => {
    expect(messageAt('/identity-center-user/this-browser/portal/').split('\n')[0]).toBe('For signing out of AWS as an IAM Identity Center user:');
    expect(messageAt('/not-sure/yes/identified/')).toBe(
      ['For signing out of AWS as the account root user:', 'You are the account root user – Sign out of AWS', `${origin}/not-sure/yes/identified/`].join(
        '\n',
      ),
    );
  });

  it('when no user type fits, names none', () => {
    expect(messageAt('/not-sure/no/none-of-these/ask-your-administrator/').split('\n')[0]).toBe('For signing out of AWS:');
  });

  it('a step: every place the person signs out of, in order, and who they are', () => {
    expect(messageAt('/identity-center-user/this-browser/console-and-access-portal/one/steps/4/')).toBe(
      [
        'For signing out of the AWS Management Console and the AWS access portal as an IAM Identity Center user:',
        'Choose “Sign out” in the access portal – Sign out of AWS',
        `${origin}/identity-center-user/this-browser/console-and-access-portal/one/steps/4/`,
      ].join('\n'),
    );
  });

  it('sessions ended elsewhere: each procedure as the content names it, and who it is for', () => {
    expect(messageAt('/identity-center-user/elsewhere/steps/1/').split('\n')[0]).toBe(
      'To end your sessions from the AWS access portal, as an IAM Identity Center user:',
    );
    expect(messageAt('/builder-id/elsewhere/steps/1/').split('\n')[0]).toBe(
      'For signing out of your AWS Builder ID on every device as an AWS Builder ID user:',
    );
  });

  it('the check and both outcomes say the same who and where, with their own titles', () => {
    const purpose = 'For signing out of your AWS Builder ID profile as an AWS Builder ID user:';
    expect(messageAt('/builder-id/this-browser/builder-id-profile/check/')).toBe(
      [purpose, 'Check that it worked – Sign out of AWS', `${origin}/builder-id/this-browser/builder-id-profile/check/`].join('\n'),
    );
    expect(messageAt('/builder-id/this-browser/builder-id-profile/done/').split('\n').slice(0, 2)).toEqual([purpose, 'You’re signed out – Sign out of AWS']);
    expect(messageAt('/builder-id/this-browser/builder-id-profile/not-signed-out/').split('\n').slice(0, 2)).toEqual([
      purpose,
      'Still signed in? Here’s what to check – Sign out of AWS',
    ]);
  });

  it('says what the address opens, not answers kept from further on before going back', () => {
    const back = walk(start, answer('userType', 'iam-user'), { type: 'nav.back' });
    expect(pathOf(back)).toBe('/user-type/');
    expect(sharedScreen(back, `${origin}/user-type/`).purpose).toBe('For signing out of AWS:');
  });
});

describe('the message for every screen', () => {
  const screens = reachableScreens();

  it('is under 400 characters from a site with a long address, and ends with the screen’s address', () => {
    const longOrigin = 'https://help-desk.it-services.example-university.ac.uk/sign-out-of-aws';
    const messages = screens.map((snapshot) => {
      const address = `${longOrigin}${pathOf(snapshot)}`;
      const { message } = sharedScreen(snapshot, address);
      expect(message.endsWith(`\n${address}`)).toBe(true);
      return message;
    });
    expect(messages.filter((message) => message.length >= 400)).toEqual([]);
  });

  it('names the user type and every procedure in the content’s own words, where the answers settle them', () => {
    for (const snapshot of screens) {
      const situation = situationOf(answersBefore(snapshot));
      if (!situation) continue;
      const { purpose } = sharedScreen(snapshot, origin);
      const { article, name } = userTypeContent[situation.userType];
      expect(purpose).toMatch(new RegExp(` as ${article} ${name}:$`));
      for (const { title } of proceduresFor(situation)) expect(purpose.toLowerCase()).toContain(title.replace(/^Sign out of /, '').toLowerCase());
    }
  });
});
