import { Component, type ReactNode } from 'react';

interface Props {
  readonly children: ReactNode;
  /** The page's address: moving to another page tries rendering again. */
  readonly resetKey: string;
}

interface State {
  readonly failed: boolean;
  readonly key: string;
}

/**
 * The last line of defence: if a page throws while rendering (or a lazy
 * chunk fails to load), say so plainly instead of leaving a blank page.
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { failed: false, key: this.props.resetKey };

  static getDerivedStateFromError(): Partial<State> {
    return { failed: true };
  }

  // The app's links move without a reload, so the boundary must let the next page render.
  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey === state.key ? null : { failed: false, key: props.resetKey };
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <div className="notice" role="alert">
        <h1>Something went wrong on this page</h1>
        <p>
          Nothing saved in this browser is lost. Start again from the beginning: the page is not
          reloaded, so scenarios this tab is holding stay too.
        </p>
        <p>
          Reloading tries this page once more, but loses any scenario kept only in this tab (when
          the browser’s storage is full or unavailable, the saved scenarios page says so).
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
