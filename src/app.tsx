import { lazy, Suspense, useEffect, useMemo } from 'react';
import { pathOf, resolvePath } from './address/address';
import { base } from './address/base';
import { useAddressSync } from './address/use-address-sync';
import { productName, skipLink } from './content/site';
import { screenOf } from './flow/screen';
import { StartScreen } from './screens/start-screen';
import { HeadingFocusContext, useHeadingFocusOnChange } from './ui/heading-focus';
import { LinkNotice } from './ui/link-notice';
import { WizardActor } from './ui/wizard-actor';
import { WizardLink } from './ui/wizard-link';

const loadWizardPage = () => import('./wizard-page');
const WizardPage = lazy(() => loadWizardPage().then((module) => ({ default: module.WizardPage })));

/** The wizard, opened at `path` (a location's pathname). */
export function App({ path }: { path: string }) {
  const opened = useMemo(() => resolvePath(path, base), [path]);
  return (
    <WizardActor.Provider options={{ snapshot: opened.snapshot }}>
      <Wizard openedUnrecognised={!opened.recognised} />
    </WizardActor.Provider>
  );
}

function Wizard({ openedUnrecognised }: { openedUnrecognised: boolean }) {
  const unrecognised = useAddressSync(openedUnrecognised);
  const path = WizardActor.useSelector((snapshot) => pathOf(snapshot, base));
  const isStart = WizardActor.useSelector((snapshot) => screenOf(snapshot).kind === 'start');
  const headingFocus = useHeadingFocusOnChange(path);
  const notice = unrecognised && <LinkNotice />;
  // Fetch the rest of the wizard once the first screen is up, so the next click needs no wait.
  useEffect(() => {
    const handle = window.setTimeout(loadWizardPage, 0);
    return () => window.clearTimeout(handle);
  }, []);

  return (
    <HeadingFocusContext value={headingFocus}>
      <a href="#main" className="skip-link">
        {skipLink}
      </a>
      <header className="site-header">
        <div className="container">
          <WizardLink events={[{ type: 'wizard.restart' }]} className="site-header__name">
            {productName}
          </WizardLink>
        </div>
      </header>
      <div className="container">
        {isStart ? (
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
  );
}
