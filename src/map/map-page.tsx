import { useDeferredValue, useMemo, useState, type ReactNode } from 'react';
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
import { filterScreens, pathWords } from './map-filter';
import { MapSearch } from './map-search';
import { useMapQuery } from './use-map-query';
import './map-page.css';

type Copied = { path: string; text?: string } | undefined;

interface Drawing {
  /** The screens to draw; all of them when nothing is searched for. */
  shown: ReadonlySet<ScreenNode> | undefined;
  isClient: boolean;
  copied: Copied;
  copy: (node: ScreenNode) => void;
}

/** A screen's own line: how it is reached, its link, and a button that copies it as a message. */
function ScreenLine({ node, path, drawing }: { node: ScreenNode; path: string; drawing: Drawing }) {
  const { heading } = node.model.words;
  const copied = drawing.copied?.path === path ? drawing.copied : undefined;
  return (
    <>
      {node.via && <span className="screen-map__via">{node.via.label}</span>}
      <a href={path}>{heading}</a>{' '}
      <button type="button" className="screen-map__copy needs-script" disabled={!drawing.isClient} onClick={() => drawing.copy(node)}>
        {mapSearch.copyMessage}{' '}
        <span className="visually-hidden">{mapSearch.copyMessageFor(heading)}</span>
      </button>
      {copied && !copied.text && (
        <span className="screen-map__copied" aria-hidden="true">
          {' '}
          {shareControls.messageCopied}
        </span>
      )}
      {copied?.text && <ManualCopy id="map-copy-text" label={shareControls.messageManualLabel} text={copied.text} />}
    </>
  );
}

/**
 * A screen and what follows it. A screen with one way on is followed at the same level, so a run of
 * steps reads as a sequence; a screen with several ways on opens a branch for each.
 */
function itemsFrom(node: ScreenNode, drawing: Drawing): ReactNode[] {
  const isShown = (each: ScreenNode) => !drawing.shown || drawing.shown.has(each);
  if (!isShown(node)) return [];
  const path = pathOf(node.snapshot);
  const [only, ...others] = node.children;
  const branches = others.length > 0 ? node.children.filter(isShown) : [];
  const item = (
    <li key={path} className="screen-map__item">
      <ScreenLine node={node} path={path} drawing={drawing} />
      {branches.length > 0 && (
        <ul className="screen-map__branches">
          {branches.map((child) => (
            <li key={pathOf(child.snapshot)} className="screen-map__branch">
              <ul className="screen-map__chain">{itemsFrom(child, drawing)}</ul>
            </li>
          ))}
        </ul>
      )}
    </li>
  );
  return only && others.length === 0 ? [item, ...itemsFrom(only, drawing)] : [item];
}

/**
 * Every path through the wizard, drawn from the machine: a tree of links, one for every screen,
 * narrowed by a search to the branches whose words match, and each screen copyable as a message.
 */
export function MapPage() {
  const tree = useMemo(() => screenTree(), []);
  const words = useMemo(() => pathWords(tree), [tree]);
  const isClient = useIsClient();
  const [query, setQuery] = useMapQuery();
  // The box keeps up with the keys; the tree, a few hundred links, follows when it can.
  const searched = useDeferredValue(query);
  const filtered = useMemo(() => (searched.trim() ? filterScreens(tree, words, searched) : undefined), [tree, words, searched]);
  const [copied, setCopied] = useState<Copied>();

  const copy = async (node: ScreenNode) => {
    const path = pathOf(node.snapshot);
    const { message } = sharedScreen(node.model, new URL(path, window.location.origin).href);
    // Cleared first, so copying again is announced again.
    setCopied(undefined);
    setCopied((await writeToClipboard(message)) ? { path } : { path, text: message });
  };
  const drawing: Drawing = { shown: filtered?.shown, isClient, copied, copy };

  return (
    <main id="main" className="map">
      <ScreenHeading words={mapPageWords} />
      <p className="lead">{mapPage.lead}</p>
      <MapSearch query={query} onQuery={setQuery} matchCount={filtered?.matches.size ?? 0} />
      <span className="visually-hidden" role="status">
        {copied && !copied.text ? shareControls.messageCopied : ''}
      </span>
      <nav aria-label={mapPage.listLabel}>
        <ul className="screen-map">{itemsFrom(tree, drawing)}</ul>
      </nav>
      <p>
        <a href={base}>{mapPage.backToStart}</a>
      </p>
    </main>
  );
}
