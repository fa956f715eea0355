import { Component, type ReactNode } from 'react';
import { base } from '../address/base';
import { pageWords } from '../content/screens';
import { screenFailedWords } from '../flow/page-title';
import { ScreenHeading } from './screen-heading';

interface State {
  failed: boolean;
}

/** A screen that throws shows a way on instead of a blank page; the rest of the page stays. */
export class ScreenErrorBoundary extends Component<{ children: ReactNode }, State> {
  state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  componentDidCatch(error: unknown) {
    console.error(error);
  }

  render() {
    if (!this.state.failed) return this.props.children;
    return (
      <div className="screen-error">
        <ScreenHeading words={screenFailedWords} />
        <p>{pageWords.screenFailedAdvice}</p>
        <a className="button" href={base}>
          {pageWords.startAgain}
        </a>
      </div>
    );
  }
}
