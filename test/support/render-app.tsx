import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/app';

/** Opens the wizard at an address (a query string included), as a person following a link would, once its screen is shown. */
export async function renderAt(address = '/') {
  window.history.replaceState(null, '', address);
  const user = userEvent.setup({ delay: null });
  const rendered = render(<App path={window.location.pathname} />);
  // The screens after the start load on demand, which can take more than a second on a busy machine.
  await screen.findByRole('heading', { level: 1 }, { timeout: 5_000 });
  return { user, ...rendered };
}
