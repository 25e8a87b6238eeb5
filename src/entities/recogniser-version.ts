// Set at build time from a digest of the recogniser's code and data (`scripts/build/recogniser-version.ts`).
declare const __TARJUMA_RECOGNISER__: string | undefined;

/**
 * Which recogniser found a set of entities: entities kept on the device are used again only by the same one. Without
 * a build (unit tests), one fixed value.
 */
export const RECOGNISER_VERSION: string =
  typeof __TARJUMA_RECOGNISER__ === 'string' ? __TARJUMA_RECOGNISER__ : 'unbuilt';
