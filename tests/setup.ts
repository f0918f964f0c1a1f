import '@testing-library/jest-dom/vitest';
// eslint-disable-next-line testing-library/no-manual-cleanup -- the order below matters
import { cleanup } from '@testing-library/react';
import { afterEach, beforeAll } from 'vitest';
import { questionCode, resultCode } from '../src/app/pageCode';

// jsdom lays nothing out, so it cannot scroll; the real scrolling is checked in Chromium.
window.scrollTo = () => {};

// The pages' code, loaded on demand in the browser, is here before any test renders them, as
// after a first visit: React's `use` then renders them at once. Loading it is the end-to-end
// tests' concern.
beforeAll(() => Promise.all([questionCode(), resultCode()]));

afterEach(() => {
  // Testing Library's own cleanup would run after this hook: unmount first, so
  // no component still mounted sees the storage cleared or the URL reset.
  cleanup();
  localStorage.clear();
  window.history.replaceState(null, '', '/');
});
