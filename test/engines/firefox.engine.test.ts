import { describe } from 'vitest';
import { openFirefox } from './puppeteer-driver';
import { defineScenarios } from './scenarios';

describe('Firefox', () => {
  defineScenarios('firefox', openFirefox);
});
