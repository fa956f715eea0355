import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/app';

/** Opens the wizard at an address, as a person following a link would, once its screen is shown. */
export async function renderAt(path = '/') {
  window.history.replaceState(null, '', path);
  const user = userEvent.setup({ delay: null });
  const rendered = render(<App path={path} />);
  // The screens after the start load on demand, which can take more than a second on a busy machine.
  await screen.findByRole('heading', { level: 1 }, { timeout: 5_000 });
  return { user, ...rendered };
}
