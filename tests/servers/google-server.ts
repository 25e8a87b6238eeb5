import { startFakeServer, type FakeServer, type FakeServerOptions } from './fake-server';
import { markerTranslate, statusFaultReply, type Reply, type TranslateFn } from './faults';

export interface GoogleServerOptions extends FakeServerOptions {
  translate?: TranslateFn;
  /** Language reported for `sl=auto`. */
  detectedLanguage?: string;
}

// Google answers abuse with an HTML page, not JSON.
const errorBody = (status: number, message: string): Reply => ({
  status,
  body: `<html><body><p>${status}. ${message}. Our systems have detected unusual traffic.</p></body></html>`,
  headers: { 'Content-Type': 'text/html' },
});

/** Speaks `POST /translate_a/t?client=gtx&sl=..&tl=..` with a form body of repeated `q`. */
export function startGoogleServer(options: GoogleServerOptions = {}): Promise<FakeServer> {
  const translate = options.translate ?? markerTranslate;
  return startFakeServer(
    {
      isTranslation: (req) => req.path === '/translate_a/t',
      respond(req, fault) {
        if (req.path !== '/translate_a/t' || req.method !== 'POST') return errorBody(404, 'Not Found');
        const sl = req.query.get('sl') ?? 'auto';
        const tl = req.query.get('tl');
        if (req.query.get('client') !== 'gtx' || !tl) return errorBody(400, 'Bad Request');
        const failed = fault && statusFaultReply(fault, errorBody);
        if (failed) return failed;
        const texts = new URLSearchParams(req.body).getAll('q');
        if (fault?.type === 'wrong-count') texts.pop();
        const entries = texts.map((q) => {
          const text = translate(q, sl, tl);
          return sl === 'auto' ? [text, options.detectedLanguage ?? 'ur'] : text;
        });
        // As Google does, a lone q comes back unwrapped.
        const data = entries.length === 1 ? entries[0] : entries;
        return {
          status: 200,
          body: JSON.stringify(data),
          headers: { 'Content-Type': 'application/json; charset=UTF-8' },
        };
      },
    },
    options,
  );
}
