/** Kept equal to package.json's version by a unit test; bundled, so dist/ needs no package.json. */
export const VERSION = '0.1.0';
