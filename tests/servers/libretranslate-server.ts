import { startFakeServer, type FakeServer, type FakeServerOptions } from './fake-server';
import { json, markerTranslate, statusFaultReply, type Reply, type TranslateFn } from './faults';

export interface LibreTranslateServerOptions extends FakeServerOptions {
  translate?: TranslateFn;
  /** When set, requests must carry this `api_key`. */
  apiKey?: string;
  /** Codes `/languages` lists and `/translate` accepts; any code when absent. */
  languages?: string[];
  /** Language reported for `source: "auto"`. */
  detectedLanguage?: string;
}

const errorBody = (status: number, message: string): Reply => json({ error: message }, status);

/** Speaks LibreTranslate's `POST /translate` (JSON, `q` a string or a list) and `GET /languages`. */
export function startLibreTranslateServer(options: LibreTranslateServerOptions = {}): Promise<FakeServer> {
  const translate = options.translate ?? markerTranslate;
  const known = (code: string) => !options.languages || options.languages.includes(code);
  return startFakeServer(
    {
      isTranslation: (req) => req.path === '/translate',
      respond(req, fault) {
        if (req.path === '/languages' && req.method === 'GET') {
          const codes = options.languages ?? ['en', 'ur'];
          return json(codes.map((code) => ({ code, name: code, targets: codes.filter((c) => c !== code) })));
        }
        if (req.path !== '/translate' || req.method !== 'POST') return errorBody(404, 'Not Found');
        const failed = fault && statusFaultReply(fault, errorBody);
        if (failed) return failed;
        const body = JSON.parse(req.body) as { q?: unknown; source?: unknown; target?: unknown; api_key?: unknown };
        if (options.apiKey !== undefined && body.api_key !== options.apiKey) {
          return errorBody(403, 'Invalid API key');
        }
        const { q, source, target } = body;
        if (typeof source !== 'string' || typeof target !== 'string' || (typeof q !== 'string' && !Array.isArray(q))) {
          return errorBody(400, 'Invalid request: missing q, source or target parameter');
        }
        if (source !== 'auto' && !known(source)) return errorBody(400, `${source} is not supported`);
        if (!known(target)) return errorBody(400, `${target} is not supported`);
        const from = source === 'auto' ? (options.detectedLanguage ?? 'ur') : source;
        const texts = (Array.isArray(q) ? q : [q]).map(String);
        if (fault?.type === 'wrong-count') texts.pop();
        const translated = texts.map((text) => translate(text, from, target));
        const detected = { language: from, confidence: 90 };
        return json({
          translatedText: Array.isArray(q) ? translated : (translated[0] ?? ''),
          ...(source === 'auto' ? { detectedLanguage: Array.isArray(q) ? texts.map(() => detected) : detected } : {}),
        });
      },
    },
    options,
  );
}
