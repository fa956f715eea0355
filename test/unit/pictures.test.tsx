import { readFileSync } from 'node:fs';
import { render, screen } from '@testing-library/react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { pathOf } from '../../src/address/address';
import { isTerminal, type Drawing, type PictureContent } from '../../src/content/pictures';
import { signOutOf as signOutOfPlace } from '../../src/content/places/place-steps';
import type { PlaceId } from '../../src/content/places/registry';
import type { UserType } from '../../src/content/user-types/registry';
import { drawingsOf, type StepTarget } from '../../src/content/procedure';
import { reachableScreens } from '../../src/flow/reachable';
import { screenModelOf } from '../../src/flow/screen-model';
import { proceduresFor } from '../../src/flow/what-applies';
import { Picture } from '../../src/pictures/picture';
import { at } from '../support/addresses';
import { renderAt } from '../support/render-app';
import { everySituation } from '../support/situations';

/** How the text alternative must name what to choose: on-screen names quoted exactly, as the instruction does. */
const named = (target: StepTarget) => {
  switch (target.kind) {
    case 'control':
    case 'page':
      return `“${target.label}”`;
    case 'address':
      return target.url;
    case 'described':
      return target.text;
    case 'command':
      return target.command;
  }
};

const screens = reachableScreens().map((snapshot) => ({ path: pathOf(snapshot), model: screenModelOf(snapshot) }));
const stepScreens = screens.flatMap(({ path, model }) => (model.kind === 'step' && model.step ? [{ path, step: model.step }] : []));
/** What each step screen draws: its own picture, or those of the ways it is done in each tool, with what each says to choose. */
const stepDrawings = stepScreens.flatMap(({ path, step }) =>
  (step.ways ?? [step]).flatMap(({ picture, target }) => (picture ? [{ path, picture, target }] : [])),
);
const confirmationScreens = screens.flatMap(({ path, model }) => (model.kind === 'confirmation' ? [{ path, procedures: model.procedures }] : []));

describe('a picture of where to click', () => {
  it('is on every kind of step and confirmation screen', async () => {
    // Console user name, its menu with each of three options, portal two, project two, AWS Settings one,
    // Builder ID profile two, tool one; ending sessions elsewhere three each from the portal, the
    // Builder ID profile and AWS Settings; the AWS CLI's two terminals (aws sso logout, aws logout --all);
    // an editor's two: VS Code's Command Palette and Kiro CLI's terminal.
    expect(new Set(stepDrawings.map(({ picture }) => picture.alt)).size).toBe(25);
    expect(confirmationScreens.length).toBeGreaterThan(5);
  });

  it('on every step screen, has a text alternative that names what to choose', () => {
    const unnamed = stepDrawings.filter(({ picture, target }) => !picture.alt.includes(named(target).replace(/[“”]/g, ''))).map(({ path }) => path);
    expect(unnamed).toEqual([]);
  });

  it('is shown on a step, by its text alternative', async () => {
    const { step } = stepScreens.find(({ path }) => path === at.iamUser.allStep2)!;
    await renderAt(at.iamUser.allStep2);
    expect(screen.getByRole('img', { name: step.picture!.alt })).toBeVisible();
  });

  it('shows, on a check, what each place looks like once signed out, in the checklist’s order', async () => {
    const { procedures } = confirmationScreens.find(({ path }) => path === at.identityCenterUser.bothOneCheck)!;
    await renderAt(at.identityCenterUser.bothOneCheck);
    const shown = screen.queryAllByRole('img').map((image) => image.getAttribute('aria-label'));
    expect(shown).toEqual(procedures.map((procedure) => procedure.success.picture?.alt));
    expect(screen.getByRole('img', { name: /AWS Management Console webpage/ })).toBeVisible();
    expect(screen.getByRole('img', { name: /your AWS access portal sign in page/ })).toBeVisible();
  });

  it('marks the control to choose in words, not by colour alone', async () => {
    await renderAt(at.iamUser.allStep2);
    const picture = screen.getByRole('img');
    expect(picture).toHaveTextContent('Sign out of all sessionsChoose this');
  });
});

/** Every drawing some path shows, once each. */
const everyDrawing: Drawing[] = [
  ...new Map(
    everySituation()
      .flatMap(proceduresFor)
      .flatMap((procedure) => [...procedure.steps.flatMap(drawingsOf), ...(procedure.success.picture ? [procedure.success.picture] : [])])
      .map((picture) => [picture.alt, picture]),
  ).values(),
];
const drawn = everyDrawing.filter((drawing): drawing is PictureContent => !isTerminal(drawing));
const terminals = everyDrawing.filter(isTerminal);
const signOutOf = (place: PlaceId, userType: UserType = 'identity-center-user') => signOutOfPlace(place, { userType });
const projectSteps = signOutOf('project').steps;
const awsSettings = signOutOf('aws-settings');
const signInPages = [signOutOf('access-portal').success.picture!, awsSettings.success.picture!];

describe('a picture’s text alternative', () => {
  it.each(drawn.map((picture) => [picture.alt, picture]))('says every word drawn in: %s', (_, picture) => {
    const words = [picture.barItems, picture.menu ?? [], picture.nav ?? [], picture.page, picture.dialog ?? []].flat().flatMap((item) => item.text ?? []);
    const alt = picture.alt.replace(/[“”]/g, '').toLowerCase();
    expect(words.filter((word) => !alt.includes(word.toLowerCase()))).toEqual([]);
  });
});

describe('a drawing', () => {
  it.each(drawn.map((picture) => [picture.alt, picture]))(
    'has the console’s dark bar only if it is of the AWS Management Console: %s',
    (_, picture) => {
      render(<Picture picture={picture} />);
      const dark = screen.getByRole('img', { name: picture.alt }).classList.contains('pic-window--dark');
      expect(dark).toBe(picture.alt.includes('AWS Management Console'));
    },
  );

  it('of the access portal has a plain bar', () => {
    const portal = drawn.filter((picture) => picture.alt.includes('AWS access portal'));
    render(portal.map((picture) => <Picture key={picture.alt} picture={picture} />));
    expect(portal).toHaveLength(4);
    for (const picture of portal) {
      expect(screen.getByRole('img', { name: picture.alt })).toHaveClass('pic-window--plain');
    }
  });

  it.each(signInPages.map((picture) => [picture.alt, picture]))(
    'of a sign in page draws its fields blank, claiming nothing about what it asks for: %s',
    (_, picture) => {
      render(<Picture picture={picture} />);
      const page = screen.getByRole('img', { name: /sign in page/ });
      expect(page).toHaveAccessibleName(expect.not.stringMatching(/user name|password/i));
      expect(page).toHaveTextContent(/^$/);
    },
  );
});

describe('the pictures of a project and of AWS Settings', () => {
  it('mark your project name at the upper right of the console’s bar', () => {
    render(<Picture picture={projectSteps[0]!.picture!} />);
    const bar = screen.getByRole('img', { name: /AWS Management Console: .*your project name at the upper right marked as the one to choose/ });
    expect(bar).toHaveTextContent('Your project nameChoose this');
  });

  it('mark “Sign out” in the project’s menu, which includes “Switch project”', () => {
    render(<Picture picture={projectSteps[1]!.picture!} />);
    const menu = screen.getByRole('img', { name: /menu under your project name open\. It includes “Switch project”.*“Sign out” is marked as the one to choose/ });
    expect(menu).toHaveTextContent('Sign outChoose this');
  });

  it('mark “Sign Out”, capital O, in AWS Settings’ left pane, saying AWS doesn’t say where in the pane it is', () => {
    render(<Picture picture={awsSettings.steps[0]!.picture!} />);
    const settings = screen.getByRole('img', {
      name: /AWS Settings\. The left navigation pane has “Sign Out”, marked as the one to choose.*AWS doesn’t say where in the pane “Sign Out” is/,
    });
    expect(settings).toHaveTextContent('Sign OutChoose this');
    expect(screen.getByText(/AWS doesn’t say where in the left navigation pane “Sign Out” is: look for it anywhere in the pane/)).toBeVisible();
  });

  it('show the AWS sign in page once you are signed out of AWS Settings', () => {
    render(<Picture picture={awsSettings.success.picture!} />);
    expect(screen.getByRole('img', { name: /the AWS sign in page, where you are returned once you are signed out of AWS Settings/ })).toBeVisible();
  });
});

describe('a terminal drawing', () => {
  it.each(terminals.map((terminal) => [terminal.alt, terminal]))('says every command and line it draws in its text alternative: %s', (_, terminal) => {
    const words = terminal.terminal.map((line) => ('command' in line ? line.command : line.output));
    expect(words.filter((word) => !terminal.alt.includes(word))).toEqual([]);
  });

  it('shows aws sso logout and what it prints to an IAM Identity Center user', () => {
    render(<Picture picture={signOutOf('cli').steps[0]!.picture!} />);
    const terminal = screen.getByRole('img', { name: /terminal: aws sso logout typed after the prompt, and the line it prints, Successfully signed out of all SSO profiles\./ });
    expect(terminal).toHaveTextContent('aws sso logoutSuccessfully signed out of all SSO profiles.');
  });

  it('draws nothing after aws logout --all, since AWS doesn’t say what it prints', () => {
    render(<Picture picture={signOutOf('cli', 'root-user').steps[0]!.picture!} />);
    const terminal = screen.getByRole('img', { name: /aws logout --all typed after the prompt\. AWS doesn’t say what it prints/ });
    expect(terminal.textContent).toBe('aws logout --all');
  });
});

describe('the pictures need nothing from the network', () => {

  it('draw with markup and text only: no image, source or link', () => {
    const markup = everyDrawing.map((picture) => renderToStaticMarkup(<Picture picture={picture} />)).join('');
    expect(drawn.length).toBeGreaterThan(8);
    expect(markup).not.toMatch(/<img|<image|<svg|<use|\b(src|href|srcset)=|url\(/i);
  });

  it('style with no url() and no imported font or file', async () => {
    const css = readFileSync('src/pictures/picture.css', 'utf8');
    expect(css).not.toMatch(/url\(|@import|@font-face|image-set\(/i);
  });
});
