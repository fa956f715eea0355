import { recordSteps } from './place-steps';
import { steps as accessPortal } from './steps/access-portal';
import { steps as awsSettings } from './steps/aws-settings';
import { steps as builderIdProfile } from './steps/builder-id-profile';
import { steps as builderIdTool } from './steps/builder-id-tool';
import { steps as cli } from './steps/cli';
import { steps as consolePlace } from './steps/console';
import { steps as editor } from './steps/editor';
import { steps as project } from './steps/project';

/**
 * Every place's steps, there at once: for what works out every screen (the map, the build's prerender,
 * scripts and tests), which would otherwise load them one by one.
 */
export function recordEveryPlaceSteps() {
  recordSteps('console', consolePlace);
  recordSteps('access-portal', accessPortal);
  recordSteps('project', project);
  recordSteps('aws-settings', awsSettings);
  recordSteps('builder-id-profile', builderIdProfile);
  recordSteps('builder-id-tool', builderIdTool);
  recordSteps('editor', editor);
  recordSteps('cli', cli);
}
