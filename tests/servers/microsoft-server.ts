import { startFakeServer, type FakeServer, type FakeServerOptions } from './fake-server';
import { json, markerTranslate, statusFaultReply, type Reply, type TranslateFn } from './faults';

export interface MicrosoftServerOptions extends FakeServerOptions {
  translate?: TranslateFn;
  /** When set, Translator v3 (`POST /translate?api-version=3.0`) accepts `Ocp-Apim-Subscription-Key: apiKey`. */
  apiKey?: string;
}

// Microsoft's codes are the status followed by three digits.
const errorBody = (status: number, message: string): Reply =>
  json({ error: { code: status === 456 ? 403001 : status * 1000, message } }, status === 456 ? 403 : status);

const isTranslation = (path: string) => path === '/translate/translatetext' || path === '/translate';

/**
 * Speaks Microsoft Translator as it is since 2026-08-05: Edge's keyless `POST /translate/translatetext` (a JSON array
 * of strings, no token), and Translator v3 with a key (`POST /translate?api-version=3.0`, `[{Text}]`). The retired
 * token endpoint `GET /translate/auth` answers 404, as the real one does.
 */
export async function startMicrosoftServer(options: MicrosoftServerOptions = {}): Promise<FakeServer> {
  const translate = options.translate ?? markerTranslate;
  const answer = (texts: string[], from: string | null, to: string) =>
    json(
      texts.map((text) => ({
        ...(from ? {} : { detectedLanguage: { language: 'ur', score: 1 } }),
        translations: [{ text: translate(text, from ?? 'auto', to), to }],
      })),
    );
  return startFakeServer(
    {
      isTranslation: (req) => req.method === 'POST' && isTranslation(req.path),
      respond(req, fault) {
        if (req.method !== 'POST' || !isTranslation(req.path)) return errorBody(404, 'Not found');
        const failed = fault && statusFaultReply(fault, errorBody);
        if (failed) return failed;
        const to = req.query.get('to');
        if (req.path === '/translate/translatetext') {
          if (req.headers.authorization) return errorBody(400, 'Unexpected Authorization header.');
          if (!to || req.query.get('isEnterpriseClient') !== 'false') return errorBody(400, 'The target is missing.');
          const texts = JSON.parse(req.body) as unknown;
          if (!Array.isArray(texts) || texts.some((t) => typeof t !== 'string')) {
            return errorBody(400, 'The body must be a JSON array of strings.');
          }
          if (fault?.type === 'wrong-count') texts.pop();
          return answer(texts as string[], req.query.get('from') || null, to);
        }
        if (!options.apiKey || req.headers['ocp-apim-subscription-key'] !== options.apiKey) {
          return errorBody(401, 'The request is not authorized because credentials are missing or invalid.');
        }
        if (req.query.get('api-version') !== '3.0' || !to)
          return errorBody(400, 'The API version or target is missing.');
        const items = JSON.parse(req.body) as { Text: string }[];
        if (fault?.type === 'wrong-count') items.pop();
        return answer(
          items.map((item) => item.Text),
          req.query.get('from'),
          to,
        );
      },
    },
    options,
  );
}
