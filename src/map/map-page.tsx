import { useMemo, type ReactNode } from 'react';
import { pathOf } from '../address/address';
import { base } from '../address/base';
import { mapPage } from '../content/site';
import { screenTree, type ScreenNode } from '../flow/screen-tree';
import { mapPageWords, screenWords } from '../flow/screen-words';
import { ScreenHeading } from '../ui/screen-heading';
import { eventLabel } from './event-label';
import './map-page.css';

/**
 * A screen and what follows it. A screen with one way on is followed at the same level, so a run of
 * steps reads as a sequence; a screen with several ways on opens a branch for each.
 */
function itemsFrom(node: ScreenNode): ReactNode[] {
  const path = pathOf(node.snapshot, base);
  const [only, ...others] = node.children;
  const branches = others.length > 0 ? node.children : [];
  const item = (
    <li key={path} className="screen-map__item">
      {node.via && <span className="screen-map__via">{eventLabel(node.via, node.snapshot)}</span>}
      <a href={path}>{screenWords(node.snapshot).heading}</a>
      {branches.length > 0 && (
        <ul className="screen-map__branches">
          {branches.map((child) => (
            <li key={pathOf(child.snapshot, base)} className="screen-map__branch">
              <ul className="screen-map__chain">{itemsFrom(child)}</ul>
            </li>
          ))}
        </ul>
      )}
    </li>
  );
  return only && branches.length === 0 ? [item, ...itemsFrom(only)] : [item];
}

/** Every path through the wizard, drawn from the machine: a tree of links, one for every screen. */
export function MapPage() {
  const tree = useMemo(() => screenTree(), []);
  return (
    <main id="main" className="map">
      <ScreenHeading words={mapPageWords} />
      <p className="lead">{mapPage.lead}</p>
      <nav aria-label={mapPage.listLabel}>
        <ul className="screen-map">{itemsFrom(tree)}</ul>
      </nav>
      <p>
        <a href={base}>{mapPage.backToStart}</a>
      </p>
    </main>
  );
}
