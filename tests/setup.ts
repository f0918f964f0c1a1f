import '@testing-library/jest-dom/vitest';
// eslint-disable-next-line testing-library/no-manual-cleanup -- the order below matters
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// jsdom lays nothing out, so it cannot scroll; the real scrolling is checked in Chromium.
window.scrollTo = () => {};

afterEach(() => {
  // Testing Library's own cleanup would run after this hook: unmount first, so
  // no component still mounted sees the storage cleared or the URL reset.
  cleanup();
  localStorage.clear();
  window.history.replaceState(null, '', '/');
});
