import type { ReactNode } from 'react';
import { pageWords } from './content/screens';
import { CurrentScreen } from './screens/screen-for';
import { AnswersSummary } from './ui/answers-summary';
import { BackLink } from './ui/back-link';
import { FormErrorScope } from './ui/form-error';
import { PrintedFrom } from './ui/printed-from';
import { ProgressIndicator } from './ui/progress-indicator';
import { ScreenErrorBoundary } from './ui/screen-error-boundary';
import { ShareBar } from './ui/share-bar';
import { SourceLinks } from './ui/source-links';
import { WizardLink } from './ui/wizard-link';

/**
 * Every screen after the start page, with what surrounds it: Back and progress before the task;
 * the answers, Start again, sharing and sources after it. Loaded on demand, so the start page's script stays small.
 */
export function WizardPage({ path, notice }: { path: string; notice: ReactNode }) {
  return (
    <>
      <BackLink />
      <main id="main">
        {notice}
        <ProgressIndicator />
        <ScreenErrorBoundary key={`screen:${path}`}>
          <FormErrorScope key={path}>
            <CurrentScreen />
          </FormErrorScope>
        </ScreenErrorBoundary>
        <AnswersSummary />
        <p className="start-again">
          <WizardLink events={[{ type: 'wizard.restart' }]}>{pageWords.startAgain}</WizardLink>
        </p>
        {/* What only a help desk needs, and where the words come from, come after the person's own task. */}
        <ShareBar key={`share:${path}`} path={path} />
        <PrintedFrom path={path} />
        <SourceLinks />
      </main>
    </>
  );
}
