import { base } from './address/base';
import { whenAboutToStart } from './when-about-to-start';
import './styles.css';

// The start page is whole without script: React, the machine and the screens arrive when the person
// is about to start, and take the page over then. Every other page needs them at once.
const root = document.getElementById('root');
if (root) {
  // In a task of its own after the modules are evaluated: one long task would keep the page from
  // answering a tap for as long as both take on a slow phone.
  const mount = () => import('./mount').then((module) => window.setTimeout(() => module.mount(root)));
  const isStartPage = root.dataset.path === base && window.location.pathname === base;
  if (isStartPage) whenAboutToStart(mount);
  else void mount();
}
