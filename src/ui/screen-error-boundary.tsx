import { Component, type ReactNode } from 'react';
import { base } from '../address/base';
import { chrome } from '../content/screens';
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
        <ScreenHeading>{chrome.screenFailed}</ScreenHeading>
        <p>{chrome.screenFailedAdvice}</p>
        <a className="button" href={base}>
          {chrome.startAgain}
        </a>
      </div>
    );
  }
}
