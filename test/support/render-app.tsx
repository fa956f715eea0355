import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/app';

/** Opens the wizard at an address, as a person following a link would. */
export function renderAt(path = '/') {
  window.history.replaceState(null, '', path);
  const user = userEvent.setup({ delay: null });
  return { user, ...render(<App path={path} />) };
}
