import { afterAll, beforeAll, inject } from 'vitest';
import { accessibilityScenarios } from './accessibility-scenarios';
import { copyLinkScenarios } from './copy-link-scenarios';
import { frameScenarios } from './frame-scenarios';
import type { EngineDriver } from './engine-driver';
import { historyScenarios } from './history-scenarios';
import { scriptsRefusedScenarios } from './scripts-refused-scenarios';
import { sharingScenarios } from './sharing-scenarios';
import { walkScenarios } from './walk-scenarios';
import { WizardInBrowser } from './wizard-in-browser';

/**
 * Every cross-engine scenario, defined once. Each engine's test file calls this with a way to open
 * that engine at the served app; the scenarios share one browser, each starting from a fresh load.
 */
export function defineScenarios(engine: string, open: (baseUrl: string) => Promise<EngineDriver>) {
  let wizard: WizardInBrowser | undefined;
  beforeAll(async () => {
    wizard = new WizardInBrowser(await open(inject('baseUrl')));
  });
  afterAll(() => wizard?.driver.close());

  const page = () => {
    if (!wizard) throw new Error(`${engine} did not open`);
    return wizard;
  };
  // Focus scenarios first: in Firefox, once an error summary's link has put focus on a checkbox with a
  // mouse click, the next page's Tab focus showed no focus ring in the same browser (seen 2026-12-03
  // with the checkbox question; a fresh browser shows it), so they run before anything clicks there.
  accessibilityScenarios(page, engine);
  walkScenarios(page);
  historyScenarios(page);
  copyLinkScenarios(page);
  sharingScenarios(page);
  frameScenarios(page, engine);
  scriptsRefusedScenarios(page);
}
