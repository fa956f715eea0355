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
  walkScenarios(page);
  historyScenarios(page);
  copyLinkScenarios(page);
  sharingScenarios(page);
  accessibilityScenarios(page, engine);
  frameScenarios(page, engine);
  scriptsRefusedScenarios(page);
}
