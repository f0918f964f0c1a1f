import { Component, type ReactNode } from 'react';

interface State {
  readonly failed: boolean;
}

/**
 * The last line of defence: if a page throws while rendering (or a lazy
 * chunk fails to load), say so plainly instead of leaving a blank page.
 */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <div className="notice" role="alert">
        <h1>Something went wrong on this page</h1>
        <p>
          Nothing you saved is lost: saved scenarios stay in this browser. Start again from the
          beginning, or reload to try once more.
        </p>
        <p>
          <a className="button" href="./">
            Start again
          </a>
        </p>
      </div>
    );
  }
}
