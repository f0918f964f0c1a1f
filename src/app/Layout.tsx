import type { ReactNode } from 'react';
import { ARTICLE } from '../../rules';
import { ErrorBoundary } from './ErrorBoundary';
import { routeOf, SCENARIOS_SEARCH } from './routes';

/** The page frame: skip link, header, main landmark and footer, for the page `search` opens. */
export function Layout({ children, search }: { children: ReactNode; search: string }) {
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <a className="site-header__title" href="./">
            <Logo />
            K8s OS Advisor
          </a>
          <nav aria-label="Site">
            <a
              href={SCENARIOS_SEARCH}
              aria-current={routeOf(search).page === 'scenarios' ? 'page' : undefined}
            >
              Saved scenarios
            </a>
          </nav>
        </div>
      </header>
      <main id="main" className="main" tabIndex={-1}>
        <ErrorBoundary resetKey={search}>{children}</ErrorBoundary>
      </main>
      <footer className="site-footer">
        <div className="site-footer__inner">
          <p>
            Reasoning quoted from “<a href={ARTICLE.url}>{ARTICLE.title}</a>” ({ARTICLE.publisher},{' '}
            {ARTICLE.year}). Status today gathered November 2026, with sources. Runs entirely in
            your browser: nothing you answer leaves this page.
          </p>
        </div>
      </footer>
    </>
  );
}

/** The app's mark, drawn inline: no request stands between the page and its first paint. */
function Logo() {
  return (
    <svg viewBox="0 0 32 32" width="28" height="28" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="7" fill="#1d4ed8" />
      <path
        d="M16 5l9.5 5.5v11L16 27l-9.5-5.5v-11z"
        fill="none"
        stroke="#fff"
        strokeWidth="2.4"
        strokeLinejoin="round"
      />
      <circle cx="16" cy="16" r="3.2" fill="#fff" />
    </svg>
  );
}
