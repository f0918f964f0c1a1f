import { renderToStaticMarkup } from 'react-dom/server';
import { Layout } from './Layout';

/**
 * The page's frame with a loading line, as index.html shows it until the app
 * starts: build/index-html.ts writes it in at build time, from the same Layout
 * the app renders, and the app's first render replaces it. Without
 * JavaScript the loading line gives way to saying so.
 */
export function renderShell(): string {
  return renderToStaticMarkup(
    <Layout search="">
      <p className="page-loading">Loading…</p>
      <noscript>
        <p>
          K8s OS Advisor runs entirely in your browser, with JavaScript: turn it on to answer the
          questions.
        </p>
      </noscript>
    </Layout>,
  );
}
