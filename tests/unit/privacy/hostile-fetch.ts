/**
 * A fetch that misbehaves in every way a provider can, and echoes the credential it was sent wherever it can: the
 * worst server (or proxy) there is. Anything of it that reaches an error is a leak.
 */
export type HostileFault =
  | 'rate-limit'
  | 'rate-limit-retry-after'
  | 'server-500'
  | 'server-502'
  | 'server-503'
  | 'bad-request'
  | 'unauthorized'
  | 'forbidden'
  | 'quota-456'
  | 'quota-402'
  | 'quota-403001'
  | 'malformed'
  | 'wrong-shape'
  | 'html-page'
  | 'reset'
  | 'offline'
  | 'hang';

export const HOSTILE_FAULTS: readonly HostileFault[] = [
  'rate-limit',
  'rate-limit-retry-after',
  'server-500',
  'server-502',
  'server-503',
  'bad-request',
  'unauthorized',
  'forbidden',
  'quota-456',
  'quota-402',
  'quota-403001',
  'malformed',
  'wrong-shape',
  'html-page',
  'reset',
  'offline',
  'hang',
];

/** Everything the request carried: URL, headers and body, so the echo holds the key wherever the provider put it. */
function echoOf(url: string, init: RequestInit | undefined): string {
  const headers = Object.entries((init?.headers ?? {}) as Record<string, string>)
    .map(([name, value]) => `${name}: ${value}`)
    .join('; ');
  return `${url} | ${headers} | ${typeof init?.body === 'string' ? init.body : ''}`;
}

const jsonReply = (status: number, value: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(value), { status, headers: { 'Content-Type': 'application/json', ...headers } });

export function hostileFetch(fault: HostileFault): typeof fetch {
  return (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const echo = echoOf(url, init);
    const error = (status: number, headers: Record<string, string> = {}) =>
      jsonReply(status, { error: { code: status * 1000, message: `Rejected: ${echo}` }, message: echo }, headers);
    switch (fault) {
      case 'rate-limit':
        return Promise.resolve(error(429));
      case 'rate-limit-retry-after':
        return Promise.resolve(error(429, { 'Retry-After': '3' }));
      case 'server-500':
        return Promise.resolve(error(500));
      case 'server-502':
        return Promise.resolve(error(502));
      case 'server-503':
        return Promise.resolve(error(503));
      case 'bad-request':
        return Promise.resolve(jsonReply(400, { error: `Invalid API key ${echo}` }));
      case 'unauthorized':
        return Promise.resolve(error(401));
      case 'forbidden':
        return Promise.resolve(error(403));
      case 'quota-456':
        return Promise.resolve(error(456));
      case 'quota-402':
        return Promise.resolve(error(402));
      case 'quota-403001':
        return Promise.resolve(jsonReply(403, { error: { code: 403001, message: `Quota ${echo}` } }));
      case 'malformed':
        return Promise.resolve(new Response(`{"translations": [${echo}`, { status: 200 }));
      case 'wrong-shape':
        return Promise.resolve(jsonReply(200, { translatedText: echo, translations: echo, choices: [echo] }));
      case 'html-page':
        return Promise.resolve(new Response(`<html><body>${echo}</body></html>`, { status: 503 }));
      case 'reset':
        return Promise.reject(new TypeError('fetch failed', { cause: new Error(`other side closed: ${echo}`) }));
      case 'offline':
        return Promise.reject(new TypeError(`Failed to fetch ${echo}`));
      case 'hang':
        return new Promise((_, reject) => {
          const signal = init?.signal;
          signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
        });
    }
  };
}

/** The faults where the fetch itself rejects: its own error (which a browser never fills with headers) becomes the cause. */
export const NETWORK_FAULTS: ReadonlySet<HostileFault> = new Set(['reset', 'offline', 'hang']);

/**
 * Every string an error carries: message, stack, name and option values, and with `causes` the same down its cause
 * chain.
 */
export function errorStrings(error: unknown, causes = true, depth = 0): string[] {
  if (depth > 5 || error === undefined || error === null) return [];
  if (!(error instanceof Error)) return [typeof error === 'string' ? error : (JSON.stringify(error) ?? '')];
  const { cause, ...rest } = error as Error & Record<string, unknown>;
  const options = (error as { options?: Record<string, unknown> }).options;
  const { cause: optionCause, ...plainOptions } = options ?? {};
  return [
    String(error),
    error.message,
    error.stack ?? '',
    JSON.stringify(rest),
    JSON.stringify(plainOptions),
    ...(causes ? errorStrings(cause, causes, depth + 1) : []),
    ...(causes && optionCause !== cause ? errorStrings(optionCause, causes, depth + 1) : []),
  ];
}
