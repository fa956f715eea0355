import { describe, expect, it } from 'vitest';
import { pathOf, resolvePath } from '../../src/address/address';
import { userTypeModule } from '../../src/content/user-types/registry';
import { reachableScreens } from '../../src/flow/reachable';
import { screenModelOf } from '../../src/flow/screen-model';
import { sharedScreen } from '../../src/flow/share-message';
import { proceduresFor } from '../../src/flow/what-applies';
import { at } from '../support/addresses';
import { answer, start, walk } from '../support/walk';

const origin = 'https://sign-out.example.org';

/** The message for the screen an address opens, sent from the site at `origin`. */
function messageAt(path: string) {
  const { snapshot, recognised } = resolvePath(path);
  expect(recognised).toBe(true);
  return sharedScreen(screenModelOf(snapshot), `${origin}${path}`).message;
}

describe('the message a help desk sends, by kind of screen', () => {
  it('a first question: what the wizard is for, the question, the address', () => {
    expect(messageAt(at.userType)).toBe(
      ['For signing out of AWS:', 'What kind of AWS user are you? – Sign out of AWS', `${origin}${at.userType}`].join('\n'),
    );
  });

  it('once the user type is known, says who it is for', () => {
    expect(messageAt(at.identityCenterUser.places).split('\n')[0]).toBe('For signing out of AWS as an IAM Identity Center user:');
    expect(messageAt(at.notSure.rootIdentified)).toBe(
      ['For signing out of AWS as the account root user:', 'Where do you want to sign out? – Sign out of AWS', `${origin}${at.notSure.rootIdentified}`].join(
        '\n',
      ),
    );
  });

  it('when no user type fits, names none', () => {
    expect(messageAt(at.notSure.noneFits).split('\n')[0]).toBe('For signing out of AWS:');
  });

  it('a step: every place the person signs out of, in order, and who they are; past the first step, which step it is', () => {
    expect(messageAt(at.identityCenterUser.bothOneStep1).split('\n')[1]).toBe('Choose your user name in the console – Sign out of AWS');
    expect(messageAt(at.identityCenterUser.bothOneStep4)).toBe(
      [
        'For signing out of the AWS Management Console and the AWS access portal as an IAM Identity Center user:',
        'Choose “Sign out” in the access portal – Sign out of AWS (from step 4 of 4)',
        `${origin}${at.identityCenterUser.bothOneStep4}`,
      ].join('\n'),
    );
  });

  it('sessions ended elsewhere: each procedure as the content names it, and who it is for', () => {
    expect(messageAt(at.identityCenterUser.elsewhereStep1).split('\n')[0]).toBe(
      'To end your sessions from the AWS access portal, as an IAM Identity Center user:',
    );
    expect(messageAt(at.builderId.elsewhereStep1).split('\n')[0]).toBe(
      'For signing out of your AWS Builder ID on every device as an AWS Builder ID user:',
    );
  });

  it('the check and both outcomes say the same who and where, with their own titles', () => {
    const purpose = 'For signing out of your AWS Builder ID profile as an AWS Builder ID user:';
    expect(messageAt(at.builderId.profileCheck)).toBe(
      [purpose, 'Check that it worked – Sign out of AWS', `${origin}${at.builderId.profileCheck}`].join('\n'),
    );
    // Full sign-out of a profile can take up to an hour: the ending claims the steps, not the result.
    expect(messageAt(at.builderId.profileDone).split('\n').slice(0, 2)).toEqual([purpose, 'You’ve done the sign-out steps – Sign out of AWS']);
    expect(messageAt(at.builderId.profileNotSignedOut).split('\n').slice(0, 2)).toEqual([
      purpose,
      'Still signed in? Here’s what to check – Sign out of AWS',
    ]);
  });

  it('says what the address opens, not answers kept from further on before going back', () => {
    const back = walk(start, answer('userType', 'iam-user'), { type: 'nav.back' });
    expect(pathOf(back)).toBe(at.userType);
    expect(sharedScreen(screenModelOf(back), `${origin}${at.userType}`).purpose).toBe('For signing out of AWS:');
  });
});

describe('the message for every screen', () => {
  const screens = reachableScreens();

  it('is under 400 characters from a site with a long address, and ends with the screen’s address', () => {
    const longOrigin = 'https://help-desk.it-services.example-university.ac.uk/sign-out-of-aws';
    const messages = screens.map((snapshot) => {
      const address = `${longOrigin}${pathOf(snapshot)}`;
      const { message } = sharedScreen(screenModelOf(snapshot), address);
      expect(message.endsWith(`\n${address}`)).toBe(true);
      return message;
    });
    expect(messages.filter((message) => message.length >= 400)).toEqual([]);
  });

  it('names the user type and every procedure in the content’s own words (more than two counted), where the answers settle them', () => {
    for (const snapshot of screens) {
      const model = screenModelOf(snapshot);
      const { situation } = model;
      if (!situation) continue;
      const { purpose } = sharedScreen(model, origin);
      const { article, name } = userTypeModule(situation.userType);
      expect(purpose).toMatch(new RegExp(` as ${article} ${name}:$`));
      const procedures = proceduresFor(situation);
      const named =
        procedures.length > 2 ? [`the ${procedures.length} places you are signed in`] : procedures.map(({ title }) => title.replace(/^Sign out of /, ''));
      for (const words of named) expect(purpose.toLowerCase()).toContain(words.toLowerCase());
    }
  });
});
