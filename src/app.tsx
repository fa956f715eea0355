import { lazy, Suspense, useEffect, useMemo } from 'react';
import { isMapPath, pathOf, resolvePath } from './address/address';
import { base } from './address/base';
import { productName } from './content/site';
import { screenModelOf } from './flow/screen-model';
import { StartScreen } from './screens/start-screen';
import { HeadingFocusContext, useHeadingFocusOnChange } from './ui/heading-focus';
import { LinkNotice } from './ui/link-notice';
import { ScreenModelContext } from './ui/screen-model-context';
import { SiteHeader } from './ui/site-header';
import { useAddressSync } from './ui/use-address-sync';
import { WizardLink } from './ui/wizard-link';
import { WizardActor } from './wizard-actor';

const loadWizardPage = () => import('./wizard-page');
const WizardPage = lazy(() => loadWizardPage().then((module) => ({ default: module.WizardPage })));
const MapPage = lazy(() => import('./map/map-page').then((module) => ({ default: module.MapPage })));

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

function Wizard({ openedUnrecognised }: { openedUnrecognised: boolean }) {
  const unrecognised = useAddressSync(openedUnrecognised);
  const path = WizardActor.useSelector(pathOf);
  // Worked out once for each state, for everything on the page to read.
  const model = WizardActor.useSelector(screenModelOf);
  const headingFocus = useHeadingFocusOnChange(path);
  const notice = unrecognised && <LinkNotice />;
  // Fetch the rest of the wizard once the first screen is up, so the next click needs no wait.
  useEffect(() => {
    const handle = window.setTimeout(loadWizardPage, 0);
    return () => window.clearTimeout(handle);
  }, []);

  return (
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
  );
}
