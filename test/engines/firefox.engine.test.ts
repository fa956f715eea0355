import { describe } from 'vitest';
import { openFirefox } from './firefox-driver';
import { defineScenarios } from './scenarios';

describe('Firefox', () => {
  defineScenarios('firefox', openFirefox);
});
