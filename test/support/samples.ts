import { drawingsOf } from '../../src/content/procedure';
import { pathOf } from '../../src/address/address';
import { notSure } from '../../src/content/answers';
import { reachableScreens } from '../../src/flow/reachable';
import { screenModelOf, type ScreenModel } from '../../src/flow/screen-model';
import { at } from './addresses';
import { brokenLinks } from './broken-links';
import { loadEveryPlaceSteps } from '../../src/content/places/place-steps';

// What this works out counts the steps of every place.
await loadEveryPlaceSteps();

/** One screen standing for all that share a variant: a kind of screen, or a way that kind can look. */
export interface Sample {
  variant: string;
  path: string;
}

type ModelOf<Kind extends ScreenModel['kind']> = Extract<ScreenModel, { kind: Kind }>;

const placesOf = (model: ScreenModel) => (model.situation?.whereToSignOut === 'this-browser' ? model.situation.places : []);
/** Signing out here or ending sessions elsewhere, and of one place or a set: each lays out its own checklist. */
const where = (model: ScreenModel) =>
  model.situation?.whereToSignOut === 'elsewhere' ? ['elsewhere'] : placesOf(model).length > 1 ? ['a set of places'] : [];

/**
 * The variants each kind of screen comes in. Typed by every kind the screen model has, so a new kind
 * of screen does not compile until it says how it varies; each variant's first screen is its sample.
 */
const variantsOf: { [Kind in ScreenModel['kind']]: (model: ModelOf<Kind>) => string[] } = {
  start: () => ['start'],
  question: (model) => [
    `question ${model.question}`,
    model.boxes ? 'question of boxes' : 'question of radios',
    ...(model.identified ? ['question that says the user type the answers worked out'] : []),
  ],
  unidentified: () => ['unidentified'],
  noSelfService: (model) => ['no self-service', ...(model.notes.length > 0 ? ['no self-service with notes'] : [])],
  step: (model) =>
    model.step
      ? [
          `step of a ${model.step.target.kind}`,
          ...drawingsOf(model.step).map((drawing) => `drawing: ${drawing.alt}`),
          ...(model.step.ways ? ['step done a way of its own in each tool'] : []),
          ...where(model).map((each) => `step, ${each}`),
          ...(model.index > 0 ? ['step after the first'] : []),
        ]
      : [],
  confirmation: (model) => [
    'check',
    ...where(model).map((each) => `check, ${each}`),
    ...model.procedures.flatMap((procedure) => (procedure.success.picture ? [`drawing: ${procedure.success.picture.alt}`] : [])),
  ],
  done: (model) => [
    'done',
    model.notes.length > 0 ? 'done with notes' : 'done without notes',
    ...(model.shownFirst < model.notes.length ? ['done with notes behind “More about this”'] : []),
    ...(model.alsoSignedIn.length > 0 ? ['done with “Also signed in to”'] : []),
    ...where(model).map((each) => `done, ${each}`),
    // A place's notes show on the done screens of the paths it is on, all of them where it is the only
    // place (a set's done screen puts some behind "More about this"): each place's own done screen.
    ...(placesOf(model).length === 1 ? [`done, signed in to ${placesOf(model)[0]} alone`] : []),
  ],
  notSignedOut: (model) => ['not signed out', ...where(model).map((each) => `not signed out, ${each}`)],
};

const variantsOfModel = (model: ScreenModel): string[] => (variantsOf[model.kind] as (model: ScreenModel) => string[])(model);

/** The kinds of screen the screen model has, as `variantsOf` lists them. */
export const screenKinds = Object.keys(variantsOf) as ScreenModel['kind'][];

/** Pages that are not a screen of the machine's, each with its own way of opening. */
const otherPages: readonly Sample[] = [
  { variant: 'the map', path: at.map },
  { variant: 'a broken link (the 404 page)', path: brokenLinks[0]! },
  { variant: 'an older address', path: at.older.iamUserAllStep2 },
];

/**
 * One screen of each kind and variant, derived from the screen model over every reachable screen, so a
 * new kind of screen, step, drawing or ending is sampled as soon as the wizard shows it. The fewest
 * screens that show every variant, as a greedy cover finds them: each pick is the screen that shows
 * the most variants not yet sampled. A screen reached directly stands before one reached through
 * "I'm not sure", which differs by one answer only.
 */
export function screenSamples(): Sample[] {
  const screens = reachableScreens()
    .map((snapshot) => {
      const model = screenModelOf(snapshot);
      return { path: pathOf(snapshot), variants: variantsOfModel(model), throughNotSure: model.answers.userType === notSure };
    })
    .toSorted((a, b) => Number(a.throughNotSure) - Number(b.throughNotSure));
  const chosen = new Map<string, string>();
  for (;;) {
    const unsampled = (variants: string[]) => variants.filter((variant) => !chosen.has(variant)).length;
    const best = screens.reduce((most, each) => (unsampled(each.variants) > unsampled(most.variants) ? each : most));
    if (unsampled(best.variants) === 0) break;
    for (const variant of best.variants) if (!chosen.has(variant)) chosen.set(variant, best.path);
  }
  return [...[...chosen].map(([variant, path]) => ({ variant, path })), ...otherPages];
}

/** The samples' addresses, each once: one screen often stands for several variants. */
export const sampledPaths = (samples: readonly Sample[]) => [...new Set(samples.map(({ path }) => path))];
