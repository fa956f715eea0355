// Overridable so that two checkouts can run this suite at once.
export const appPort = Number(process.env.ENGINES_PORT ?? 4280);
export const webkitDriverPort = appPort + 1;
