import { base } from './address/base';
import { whenAboutToStart } from './when-about-to-start';
import './styles.css';

// The start page is whole without script: React, the machine and the screens arrive when the person
// is about to start, and take the page over then. Every other page needs them at once.
const nextTask = () => new Promise((resolve) => window.setTimeout(resolve));

/**
 * When the wizard's code fails to load or throws before it takes over, the page becomes what it is
 * without script (the stylesheet a <noscript> names): answers as links that lead on, not a form that
 * nothing would answer. A stylesheet, not an inline style or script: the CSP allows only the site's own.
 */
function showAsWithoutScript() {
  const sheet = document.createElement('link');
  sheet.rel = 'stylesheet';
  sheet.href = `${base}no-script.css`;
  document.head.append(sheet);
}
const root = document.getElementById('root');
if (root) {
  // In three tasks, not one: the machine and the addresses are made, then React and the screens are
  // loaded, then the page is taken over. One long task would keep a slow phone from answering a tap
  // until all three were done.
  const mount = () =>
    import('./address/address')
      .then(nextTask)
      .then(() => import('./mount'))
      .then((module) => nextTask().then(() => module.mount(root)))
      .catch(showAsWithoutScript);
  const isStartPage = root.dataset.path === base && window.location.pathname === base;
  if (isStartPage) whenAboutToStart(mount);
  else void mount();
}
