/**
 * Where the app is hosted, ending with a slash: "/" or, say, "/sign-out/" (vite build --base).
 * Outside Vite (Playwright specs, node scripts) there is no import.meta.env: the paths are at the root.
 */
const configured: string = import.meta.env?.BASE_URL ?? '/';

export const base: string = configured.endsWith('/') ? configured : `${configured}/`;
