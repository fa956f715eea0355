import { describe } from 'vitest';
import { webkitDriverPort } from './ports';
import { defineScenarios } from './scenarios';
import { openWebKit } from './webkit-driver';

describe('WebKit', () => {
  defineScenarios('webkit', (baseUrl) => openWebKit(baseUrl, webkitDriverPort));
});
