import { useDeferredValue, useMemo, useRef, useState, type ReactNode, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import { pathOf } from '../address/address';
import { base } from '../address/base';
import { mapSearch, shareControls } from '../content/sharing';
import { mapPage } from '../content/site';
import { mapPageWords } from '../flow/page-title';
import { screenTree, type ScreenNode } from '../flow/screen-tree';
import { sharedScreen } from '../flow/share-message';
import { writeToClipboard } from '../ui/clipboard';
import { ManualCopy } from '../ui/manual-copy';
import { ScreenHeading } from '../ui/screen-heading';
import { useIsClient } from '../ui/use-is-client';
import { filterScreens, firstMatches, indexScreens, type IndexedScreen } from './map-filter';
import { MapSearch } from './map-search';
import { useMapQuery } from './use-map-query';
import './map-page.css';

type Copied = { path: string; text?: string } | undefined;

/** A result's button that copies its screen as a message, and what it says once it has. */
function CopyButton({ node, path, copied, isClient, copy }: { node: ScreenNode; path: string; copied: Copied; isClient: boolean; copy: (node: ScreenNode) => void }) {
  const { heading } = node.model.words;
  const mine = copied?.path === path ? copied : undefined;
  return (
    <>
      <button type="button" className="screen-map__copy needs-script" disabled={!isClient} onClick={() => copy(node)}>
        {mapSearch.copyMessage}{' '}
        <span className="visually-hidden">{mapSearch.copyMessageFor(heading)}</span>
      </button>
      {mine && !mine.text && (
        <span className="screen-map__copied" aria-hidden="true">
          {' '}
          {shareControls.messageCopied}
        </span>
      )}
      {mine?.text && <ManualCopy id="map-copy-text" label={shareControls.messageManualLabel} text={mine.text} />}
    </>
  );
}

/**
 * A screen and what follows it. A screen with one way on is followed at the same level, so a run of
 * steps reads as a sequence; a screen with several ways on opens a branch for each.
 */
function itemsFrom(node: ScreenNode): ReactNode[] {
  const path = pathOf(node.snapshot);
  const [only, ...others] = node.children;
  const item = (
    <li key={path} className="screen-map__item">
      {node.via && <span className="screen-map__via">{node.via.label}</span>}
      <a href={path}>{node.model.words.heading}</a>
      {others.length > 0 && (
        <ul className="screen-map__branches">
          {node.children.map((child) => (
            <li key={pathOf(child.snapshot)} className="screen-map__branch">
              <ul className="screen-map__chain">{itemsFrom(child)}</ul>
            </li>
          ))}
        </ul>
      )}
    </li>
  );
  return only && others.length === 0 ? [item, ...itemsFrom(only)] : [item];
}

interface ResultsProps {
  matches: readonly ScreenNode[];
  index: ReadonlyMap<ScreenNode, IndexedScreen>;
  copied: Copied;
  isClient: boolean;
  copy: (node: ScreenNode) => void;
  list: RefObject<HTMLOListElement | null>;
}

/** The screens a search found, one a line: the answers that lead to each, its link, and one button to copy it as a message. */
function Results({ matches, index, copied, isClient, copy, list }: ResultsProps) {
  return (
    <ol ref={list} className="map-results" aria-label={mapSearch.resultsLabel}>
      {matches.map((node) => {
        const path = pathOf(node.snapshot);
        const { trail } = index.get(node)!;
        const { caption } = node.model.words;
        return (
          <li key={path} className="map-results__item">
            {(trail.length > 0 || caption) && (
              <span className="map-results__trail">
                <span className="visually-hidden">{mapSearch.trailLabel}</span>
                {[...trail, ...(caption ? [caption] : [])].join(' › ')}
              </span>
            )}
            <a href={path}>{node.model.words.heading}</a>{' '}
            <CopyButton node={node} path={path} copied={copied} isClient={isClient} copy={copy} />
          </li>
        );
      })}
    </ol>
  );
}

/**
 * Every path through the wizard, drawn from the machine: a tree of links, one for every screen,
 * narrowed by a search to the branches whose words match, and each screen copyable as a message.
 */
export function MapPage() {
  const tree = useMemo(() => screenTree(), []);
  const index = useMemo(() => indexScreens(tree), [tree]);
  const isClient = useIsClient();
  const { query, everyMatch, search, showEveryMatch } = useMapQuery();
  // The box keeps up with the keys; the list follows when it can.
  const searched = useDeferredValue(query);
  const filtered = useMemo(() => (searched.trim() ? filterScreens(tree, index, searched) : undefined), [tree, index, searched]);
  const [copied, setCopied] = useState<Copied>();
  const list = useRef<HTMLOListElement>(null);
  const shown = filtered && (everyMatch ? filtered.matches : filtered.matches.slice(0, firstMatches));

  // The button goes once every match shows: focus goes on to the first match it added.
  const showTheRest = () => {
    flushSync(showEveryMatch);
    list.current?.children[firstMatches]?.querySelector('a')?.focus();
  };

  const copy = async (node: ScreenNode) => {
    const path = pathOf(node.snapshot);
    const { message } = sharedScreen(node.model, new URL(path, window.location.origin).href);
    // Cleared first, so copying again is announced again.
    setCopied(undefined);
    setCopied((await writeToClipboard(message)) ? { path } : { path, text: message });
  };

  return (
    <main id="main" className="map">
      <ScreenHeading words={mapPageWords} />
      <p className="lead">{mapPage.lead}</p>
      <MapSearch query={query} onQuery={search} matchCount={filtered?.matches.length ?? 0} />
      <span className="visually-hidden" role="status">
        {copied && !copied.text ? shareControls.messageCopied : ''}
      </span>
      <nav aria-label={mapPage.listLabel}>
        {filtered && shown ? (
          <>
            <Results matches={shown} index={index} copied={copied} isClient={isClient} copy={copy} list={list} />
            {shown.length < filtered.matches.length && (
              <div className="map-results__more">
                <p>{mapSearch.firstOnly(shown.length, filtered.matches.length)}</p>
                <button type="button" className="button button--secondary" onClick={showTheRest}>
                  {mapSearch.showEveryMatch(filtered.matches.length)}
                </button>
              </div>
            )}
          </>
        ) : (
          <ul className="screen-map">{itemsFrom(tree)}</ul>
        )}
      </nav>
      <p>
        <a href={base}>{mapPage.backToStart}</a>
      </p>
    </main>
  );
}
