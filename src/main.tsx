import { base } from './address/base';
import { whenAboutToStart } from './when-about-to-start';
import './styles.css';

// The start page is whole without script: React, the machine and the screens arrive when the person
// is about to start, and take the page over then. Every other page needs them at once.
const root = document.getElementById('root');
if (root) {
  const mount = () => import('./mount').then((module) => module.mount(root));
  const isStartPage = root.dataset.path === base && window.location.pathname === base;
  if (isStartPage) whenAboutToStart(mount);
  else void mount();
}
