import { startFakeServer, type FakeServer, type FakeServerOptions } from './fake-server';
import { json, markerTranslate, statusFaultReply, type Reply, type TranslateFn } from './faults';

export interface MicrosoftServerOptions extends FakeServerOptions {
  translate?: TranslateFn;
  /** When set, `Ocp-Apim-Subscription-Key: apiKey` is accepted as well as Edge tokens. */
  apiKey?: string;
  /** Lifetime written into the tokens' `exp` claim. */
  tokenTtlSec?: number;
}

export interface MicrosoftServer extends FakeServer {
  /** Tokens handed out by `GET /translate/auth`. */
  tokensIssued: number;
  /** Makes every token issued so far invalid, as if they had expired. */
  expireTokens(): void;
}

// Microsoft's codes are the status followed by three digits.
const errorBody = (status: number, message: string): Reply =>
  json({ error: { code: status === 456 ? 403001 : status * 1000, message } }, status === 456 ? 403 : status);

const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** Speaks the Edge token endpoint (`GET /translate/auth`) and Translator v3 (`POST /translate?api-version=3.0`). */
export async function startMicrosoftServer(options: MicrosoftServerOptions = {}): Promise<MicrosoftServer> {
  const translate = options.translate ?? markerTranslate;
  const valid = new Set<string>();
  let issued = 0;

  function authorized(authorization: string | undefined, key: string | string[] | undefined): boolean {
    if (options.apiKey && key === options.apiKey) return true;
    const token = authorization?.replace(/^Bearer /, '');
    if (!token || !valid.has(token)) return false;
    const claims = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString()) as { exp: number };
    return claims.exp * 1000 > Date.now();
  }

  const server = await startFakeServer(
    {
      isTranslation: (req) => req.path === '/translate',
      respond(req, fault) {
        if (req.path === '/translate/auth' && req.method === 'GET') {
          issued++;
          const exp = Math.floor(Date.now() / 1000) + (options.tokenTtlSec ?? 600);
          const token = `${base64url({ alg: 'HS256', typ: 'JWT' })}.${base64url({ exp, n: issued })}.c2lnbmF0dXJl`;
          valid.add(token);
          return { status: 200, body: token, headers: { 'Content-Type': 'text/plain' } };
        }
        if (req.path !== '/translate' || req.method !== 'POST') return errorBody(404, 'Not found');
        const failed = fault && statusFaultReply(fault, errorBody);
        if (failed) return failed;
        if (!authorized(req.headers.authorization, req.headers['ocp-apim-subscription-key'])) {
          return errorBody(401, 'The request is not authorized because credentials are missing or invalid.');
        }
        const to = req.query.get('to');
        if (req.query.get('api-version') !== '3.0' || !to)
          return errorBody(400, 'The API version or target is missing.');
        const from = req.query.get('from');
        const items = JSON.parse(req.body) as { Text: string }[];
        if (fault?.type === 'wrong-count') items.pop();
        return json(
          items.map(({ Text }) => ({
            ...(from ? {} : { detectedLanguage: { language: 'ur', score: 1 } }),
            translations: [{ text: translate(Text, from ?? 'auto', to), to }],
          })),
        );
      },
    },
    options,
  );
  const result = Object.assign(server, { tokensIssued: 0, expireTokens: () => valid.clear() });
  Object.defineProperty(result, 'tokensIssued', { get: () => issued });
  return result;
}
