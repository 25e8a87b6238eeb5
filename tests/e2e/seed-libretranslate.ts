import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import type { FakeServer } from '../servers/fake-server';
import { startLibreTranslateServer } from '../servers/libretranslate-server';
import { startFixtureServer, type FixtureServer } from './fixture-server';
import { ARTIFACTS_DIR, launchExtension, type LoadedExtension } from './launch-extension';
import { seedTranslate } from './seed-translation';

export interface SeedEnvironment {
  ext: LoadedExtension;
  pages: FixtureServer;
  /** A LibreTranslate server that knows the seed's paragraphs. */
  lt: FakeServer;
}

/**
 * The set-up of a test file that translates the seed into English through a local LibreTranslate server: started once,
 * and before each test an empty translation cache, the provider chosen, and no requests or faults left over.
 * The fields are there once the file's `beforeAll` has run.
 */
export function useSeedThroughLibreTranslate(): SeedEnvironment {
  const env = {} as SeedEnvironment;
  beforeAll(async () => {
    mkdirSync(ARTIFACTS_DIR, { recursive: true });
    env.pages = await startFixtureServer();
    env.lt = await startLibreTranslateServer({ translate: seedTranslate, languages: ['ur', 'en'] });
    env.ext = await launchExtension();
  });
  afterAll(async () => {
    await env.ext?.close();
    await env.lt?.close();
    await env.pages?.close();
  });
  beforeEach(async () => {
    await env.ext.clearTranslationCache();
    await env.ext.setSettings({
      targetLanguage: 'en',
      provider: 'libretranslate',
      providers: { libretranslate: { url: env.lt.url } },
    });
    env.lt.requests.length = 0;
    env.lt.faults.length = 0;
  });
  return env;
}
