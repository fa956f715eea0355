import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// jsdom lays nothing out, so it has no scrolling to do, and says so on every move; the browser suites check it.
if (typeof window !== 'undefined') window.scrollTo = () => {};

afterEach(() => cleanup());
