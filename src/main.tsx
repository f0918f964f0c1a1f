import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import './app/styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
// A transition: while the page's code (fetched beside this script, see build/index-html.ts) is
// still on its way, the frame index.html shows stays on screen, and the first commit replaces it
// with the page itself rather than with a loading line.
startTransition(() =>
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
