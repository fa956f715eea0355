import { Suspense, useEffect, useMemo } from 'react';
import { isMapPath, pathOf, resolvePath } from './address/address';
import { base } from './address/base';
import { productName } from './content/site';
import { loadEveryPlaceSteps, loadStepsNamedBy } from './content/places/place-steps';
import { screenModelOf } from './flow/screen-model';
import { placesWithStepsAhead, placesWithStepsAt } from './flow/steps-needed';
import { StartScreen } from './screens/start-screen';
import { HeadingFocusContext, useHeadingFocusOnChange } from './ui/heading-focus';
import { LinkNotice } from './ui/link-notice';
import { ScreenModelContext } from './ui/screen-model-context';
import { onDemand } from './on-demand';
import { SiteHeader } from './ui/site-header';
import { loadStepsAhead } from './ui/steps-ready';
import { useAddressSync } from './ui/use-address-sync';
import { WizardLink } from './ui/wizard-link';
import { WizardSnapshotContext } from './ui/wizard-snapshot-context';
import { WizardActor } from './wizard-actor';

const wizardPage = onDemand(() => import('./wizard-page').then((module) => module.WizardPage));
// The map shows every screen, so every place's steps come with it.
const mapPage = onDemand(() => Promise.all([import('./map/map-page'), loadEveryPlaceSteps()]).then(([module]) => module.MapPage));
const WizardPage = wizardPage.Component;
const MapPage = mapPage.Component;

/**
 * Loads the code of what the page at `path` shows, so that no render waits for it: the map, or every
 * screen after the start (the start page's too, for its first move) with the steps of the places the
 * screen at `path` shows.
 */
export const loadPageCode = (path: string) =>
  isMapPath(path)
    ? mapPage.load()
    : Promise.all([wizardPage.load(), loadStepsNamedBy(() => placesWithStepsAt(resolvePath(path).snapshot))]);

/** The page at `path` (a location's pathname): the map of every path, or the wizard. */
export function App({ path }: { path: string }) {
  if (!isMapPath(path)) return <WizardApp path={path} />;
  return (
    <>
      <SiteHeader home={<a href={base} className="site-header__name">{productName}</a>} />
      <div className="container">
        <Suspense>
          <MapPage />
        </Suspense>
      </div>
    </>
  );
}

function WizardApp({ path }: { path: string }) {
  const opened = useMemo(() => resolvePath(path), [path]);
  return (
    <WizardActor.Provider options={{ snapshot: opened.snapshot }}>
      <Wizard openedUnrecognised={!opened.recognised} />
    </WizardActor.Provider>
  );
}

const theSnapshot = <T,>(snapshot: T) => snapshot;

function Wizard({ openedUnrecognised }: { openedUnrecognised: boolean }) {
  const unrecognised = useAddressSync(openedUnrecognised);
  const snapshot = WizardActor.useSelector(theSnapshot);
  const path = pathOf(snapshot);
  // Worked out once for each state, for everything on the page to read.
  const model = WizardActor.useSelector(screenModelOf);
  const headingFocus = useHeadingFocusOnChange(path);
  useEffect(() => loadStepsAhead(() => placesWithStepsAhead(snapshot)), [snapshot]);
  const notice = unrecognised && <LinkNotice />;

  return (
    <WizardSnapshotContext value={snapshot}>
    <ScreenModelContext value={model}>
    <HeadingFocusContext value={headingFocus}>
      <SiteHeader
        home={
          <WizardLink events={[{ type: 'wizard.restart' }]} className="site-header__name">
            {productName}
          </WizardLink>
        }
      />
      <div className="container">
        {model.kind === 'start' ? (
          <main id="main">
            {notice}
            <StartScreen />
          </main>
        ) : (
          <Suspense>
            <WizardPage path={path} notice={notice} />
          </Suspense>
        )}
      </div>
    </HeadingFocusContext>
    </ScreenModelContext>
    </WizardSnapshotContext>
  );
}
