import { startFakeServer, type FakeServer, type FakeServerOptions } from './fake-server';
import { json, markerTranslate, statusFaultReply, type Reply, type TranslateFn } from './faults';

export interface DeeplServerOptions extends FakeServerOptions {
  /** Receives lower-case codes (`ur`, `en-us`), `auto` when `source_lang` is absent. */
  translate?: TranslateFn;
  /** The key to accept; any key when absent. */
  apiKey?: string;
}

const errorBody = (status: number, message: string): Reply => json({ message }, status);

/** Speaks DeepL's `POST /v2/translate` with a JSON body and `Authorization: DeepL-Auth-Key`. */
export function startDeeplServer(options: DeeplServerOptions = {}): Promise<FakeServer> {
  const translate = options.translate ?? markerTranslate;
  return startFakeServer(
    {
      isTranslation: (req) => req.path === '/v2/translate',
      respond(req, fault) {
        if (req.path !== '/v2/translate' || req.method !== 'POST') return errorBody(404, 'Not found');
        const key = req.headers.authorization?.match(/^DeepL-Auth-Key (.+)$/)?.[1];
        if (!key || (options.apiKey !== undefined && key !== options.apiKey)) {
          return errorBody(403, 'Wrong endpoint or authentication key.');
        }
        const failed = fault && statusFaultReply(fault, errorBody);
        if (failed) return failed;
        const body = JSON.parse(req.body) as { text?: unknown; target_lang?: unknown; source_lang?: unknown };
        if (!Array.isArray(body.text) || typeof body.target_lang !== 'string') {
          return errorBody(400, "Parameter 'text' or 'target_lang' missing.");
        }
        if (body.text.length > 50) return errorBody(413, 'Too many texts.');
        const from = typeof body.source_lang === 'string' ? body.source_lang.toLowerCase() : 'auto';
        const to = body.target_lang.toLowerCase();
        const texts = body.text.map(String);
        if (fault?.type === 'wrong-count') texts.pop();
        return json({
          translations: texts.map((text) => ({
            detected_source_language: from === 'auto' ? 'UR' : from.toUpperCase(),
            text: translate(text, from, to),
          })),
        });
      },
    },
    options,
  );
}
