import { describe } from 'vitest';
import { openChromium } from './puppeteer-driver';
import { defineScenarios } from './scenarios';

describe('Chromium', () => {
  defineScenarios('chromium', openChromium);
});
