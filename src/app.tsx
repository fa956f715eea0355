import { useMemo, useRef } from 'react';
import { pathOf, resolvePath } from './address/address';
import { base } from './address/base';
import { useAddressSync } from './address/use-address-sync';
import { chrome, productName } from './content/screens';
import { screenOf } from './flow/screen';
import { headingOf } from './screens/heading';
import { CurrentScreen } from './screens/screen-for';
import { AnswersSummary } from './ui/answers-summary';
import { BackLink } from './ui/back-link';
import { CopyLink } from './ui/copy-link';
import { useDocumentTitle } from './ui/document-title';
import { useFocusHeadingOnChange } from './ui/focus-on-change';
import { LinkNotice } from './ui/link-notice';
import { ProgressIndicator } from './ui/progress-indicator';
import { ScreenErrorBoundary } from './ui/screen-error-boundary';
import { WizardActor } from './ui/wizard-actor';
import { WizardLink } from './ui/wizard-link';

/** The wizard, opened at `path` (a location's pathname). */
export function App({ path }: { path: string }) {
  const opened = useMemo(() => resolvePath(path, base), [path]);
  return (
    <WizardActor.Provider options={{ snapshot: opened.snapshot }}>
      <Wizard openedUnrecognised={!opened.recognised} />
    </WizardActor.Provider>
  );
}

const restart = [{ type: 'wizard.restart' }] as const;

function Wizard({ openedUnrecognised }: { openedUnrecognised: boolean }) {
  const unrecognised = useAddressSync(openedUnrecognised);
  const path = WizardActor.useSelector((snapshot) => pathOf(snapshot, base));
  const heading = WizardActor.useSelector(headingOf);
  const isStart = WizardActor.useSelector((snapshot) => screenOf(snapshot).kind === 'start');
  const main = useRef<HTMLElement>(null);
  useDocumentTitle(heading);
  useFocusHeadingOnChange(path, main);

  return (
    <>
      <a href="#main" className="skip-link">
        Skip to main content
      </a>
      <header className="site-header">
        <div className="container">
          <WizardLink events={restart} className="site-header__name">
            {productName}
          </WizardLink>
        </div>
      </header>
      <div className="container">
        {!isStart && <BackLink />}
        <main id="main" ref={main}>
          {unrecognised && <LinkNotice heading={heading} />}
          <ProgressIndicator />
          <ScreenErrorBoundary key={path}>
            <CurrentScreen key={path} />
          </ScreenErrorBoundary>
          {!isStart && (
            <>
              <CopyLink key={path} path={path} />
              <AnswersSummary />
              <p className="start-again">
                <WizardLink events={restart}>{chrome.startAgain}</WizardLink>
              </p>
            </>
          )}
        </main>
      </div>
    </>
  );
}
