import { placesIn } from '../content/places/registry';
import { wordsOf } from '../content/procedure';
import { optionContent } from '../content/questions';
import { searchSynonyms } from '../content/sharing';
import { startScreen } from '../content/site';
import { answersOf } from '../flow/screen';
import type { ScreenModel } from '../flow/screen-model';
import type { ScreenNode } from '../flow/screen-tree';

/** Case, quotes, code marks and spacing aside, so "im not sure" finds “I’m not sure”. */
const folded = (text: string) =>
  text
    .toLowerCase()
    .replace(/[“”‘’"'`]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every word a screen shows a person: its heading and caption, its question and answers, its instruction, notes and reasons. */
function shownWords(model: ScreenModel): string[] {
  const { heading, caption = '', description } = model.words;
  const shared = [heading, caption, description];
  switch (model.kind) {
    case 'question':
      return [...shared, model.identified ?? '', model.intro ?? '', ...[...model.options, ...(model.boxes?.options ?? [])].flatMap((option) => [option.label, option.hint ?? '', option.more ?? ''])];
    // Its own step: the checklist's other steps are found on their own screens.
    case 'step':
      return [...shared, ...(model.step ? wordsOf(model.step) : [])];
    case 'confirmation':
      return [...shared, ...model.procedures.flatMap(({ success }) => [success.text, success.picture?.alt ?? '', success.picture?.caption ?? ''])];
    case 'done':
      return [...shared, ...model.notes.map((note) => note.afterwards), ...model.alsoSignedIn.map((place) => place.label)];
    case 'notSignedOut':
      return [...shared, ...model.notes.flatMap((note) => [note.stillSignedIn.symptom, note.stillSignedIn.fix])];
    case 'noSelfService':
      return [...shared, model.lead ?? '', model.help?.advice ?? '', ...model.notes.map((note) => note.afterwards)];
    case 'unidentified':
      return [...shared, model.advice];
    case 'start':
      return [...shared, startScreen.forWhom, startScreen.time];
  }
}

/** What the map knows of a screen: the words to search, and the answers that lead to it, as its label among results. */
export interface IndexedScreen {
  /** The words of its path: each answer, caption and heading on the way, its own included. */
  pathText: string;
  /** Those and every word it shows. */
  text: string;
  /** The answers on the way, in order: "IAM user", "Here, on this device", … */
  trail: readonly string[];
  /** How many places those answers picked: none before the question, one, or a set. */
  places: number;
}

/**
 * Each screen with the words of its whole path from the start (who, where, which step, which outcome)
 * and every word it shows itself.
 */
export function indexScreens(tree: ScreenNode): Map<ScreenNode, IndexedScreen> {
  const index = new Map<ScreenNode, IndexedScreen>();
  const visit = (node: ScreenNode, pathText: string, trail: readonly string[]) => {
    const { heading, caption = '' } = node.model.words;
    // An answer's hint is what it means: "Somewhere I can't get to now" is a shared or lost laptop.
    const event = node.via?.event;
    const hint = event?.type === 'answer.select' ? (optionContent(event.question, event.value)?.hint ?? '') : '';
    const onThePath = `${pathText} ${folded(`${node.via?.label ?? ''} ${hint} ${caption} ${heading}`)}`;
    const ownTrail = node.via?.kind === 'choose' ? [...trail, node.via.label] : trail;
    index.set(node, {
      pathText: ` ${onThePath} `,
      text: ` ${onThePath} ${folded(shownWords(node.model).join(' '))} `,
      trail: ownTrail,
      places: placesIn(answersOf(node.snapshot).places).length,
    });
    for (const child of node.children) visit(child, onThePath, ownTrail);
  };
  visit(tree, '', []);
  return index;
}

/** One thing the query asks for, tested against a screen's words. */
type Term = (text: string) => boolean;

const wordStart = (word: string) => new RegExp(`[^a-z0-9]${escaped(word)}`);
const wholeWord = (phrase: string) => new RegExp(`[^a-z0-9]${escaped(phrase)}(?![a-z0-9])`);
/** A word as typed: found at the start of any word, so a search narrows as the person types. */
const typedWord = (word: string): Term => {
  const found = wordStart(word);
  return (text) => found.test(text);
};

/**
 * The query's terms: each phrase of a group of synonyms stands for the group (any of its phrases, or
 * the phrase's own words anywhere, each as whole words); each other word is found as typed.
 */
export function queryTerms(query: string): Term[] {
  let rest = ` ${folded(query)} `;
  const terms: Term[] = [];
  const phrases = searchSynonyms.flatMap((group) => group.map((phrase) => ({ phrase, group }))).toSorted((a, b) => b.phrase.length - a.phrase.length);
  for (const { phrase, group } of phrases) {
    const found = wholeWord(phrase);
    if (!found.test(rest)) continue;
    rest = rest.replace(found, (match) => `${match[0]} `);
    const anyOfGroup = new RegExp(group.map((each) => wholeWord(each).source).join('|'));
    const ownWords = phrase.split(' ').map((word) => {
      const asWord = wholeWord(word);
      return (text: string) => asWord.test(text);
    });
    terms.push((text) => anyOfGroup.test(text) || ownWords.every((word) => word(text)));
  }
  return [...terms, ...rest.split(' ').filter((word) => word !== '').map(typedWord)];
}

/**
 * How many matches show until the person asks for all: the first letters of a search match most
 * screens, and a list of them all, each with its button, is long to render on a phone and to read.
 */
export const firstMatches = 100;

export interface Filtered {
  /**
   * The screens whose words have every term of the query: first those whose path has them all (the
   * answers, the headings), then those that only show them; in each, a screen of fewer places before
   * the sets of places that include it, and otherwise in the map's order.
   */
  matches: readonly ScreenNode[];
}

export function filterScreens(tree: ScreenNode, index: ReadonlyMap<ScreenNode, IndexedScreen>, query: string): Filtered {
  const terms = queryTerms(query);
  const onThePath: ScreenNode[] = [];
  const shown: ScreenNode[] = [];
  const visit = (node: ScreenNode) => {
    const { pathText, text } = index.get(node)!;
    if (terms.every((term) => term(pathText))) onThePath.push(node);
    else if (terms.every((term) => term(text))) shown.push(node);
    for (const child of node.children) visit(child);
  };
  visit(tree);
  const fewestPlacesFirst = (nodes: readonly ScreenNode[]) => nodes.toSorted((a, b) => index.get(a)!.places - index.get(b)!.places);
  return { matches: [...fewestPlacesFirst(onThePath), ...fewestPlacesFirst(shown)] };
}
