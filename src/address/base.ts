/** Where the app is hosted, ending with a slash: "/" or, say, "/sign-out/" (vite build --base). */
export const base: string = import.meta.env.BASE_URL.endsWith('/')
  ? import.meta.env.BASE_URL
  : `${import.meta.env.BASE_URL}/`;
