/** Scripted misbehaviour: each translation request takes the next fault from the queue, if any. */
export type FaultType =
  | 'rate-limit' // 429, with `Retry-After` when `retryAfter` is given
  | 'server-error' // 500, or `status` (502, 503…)
  | 'hang' // never answer
  | 'reset' // destroy the socket
  | 'cut' // a streamed answer broken off halfway (the socket destroyed)
  | 'malformed' // 200 with a body that is not JSON
  | 'wrong-count' // 200 with one translation missing
  | 'unauthorized' // 401: credentials missing or refused
  | 'quota' // DeepL's 456 (402/403 style elsewhere)
  | 'forbidden'; // 403

export interface Fault {
  type: FaultType;
  /** `Retry-After` value for rate-limit: seconds ("2") or an HTTP date. */
  retryAfter?: string;
  /** Status for server-error. */
  status?: number;
}

export type FaultInput = FaultType | Fault;

export const toFault = (input: FaultInput): Fault => (typeof input === 'string' ? { type: input } : input);

export interface Reply {
  status: number;
  body: string;
  headers?: Record<string, string>;
  /** A streamed answer: written piece by piece (server-sent events) instead of `body`. */
  chunks?: string[];
}

export const json = (value: unknown, status = 200, headers: Record<string, string> = {}): Reply => ({
  status,
  body: JSON.stringify(value),
  headers: { 'Content-Type': 'application/json', ...headers },
});

/** Translates one text; dictionary-based in end-to-end tests, a visible marker by default. */
export type TranslateFn = (text: string, from: string, to: string) => string;

export const markerTranslate: TranslateFn = (text, _from, to) => `[${to}] ${text}`;

/** Looks texts up (trimmed) in a dictionary, marking the ones it does not know. */
export function dictionaryTranslate(entries: Record<string, string> | Map<string, string>): TranslateFn {
  const map = entries instanceof Map ? entries : new Map(Object.entries(entries));
  return (text, from, to) => map.get(text.trim()) ?? markerTranslate(text, from, to);
}

/**
 * The reply for a status-like fault, in the protocol's error format, or undefined for faults the protocol handles
 * itself (malformed, wrong-count). `errorBody` renders a message the way that provider does.
 */
export function statusFaultReply(
  fault: Fault,
  errorBody: (status: number, message: string) => Reply,
): Reply | undefined {
  switch (fault.type) {
    case 'rate-limit': {
      const reply = errorBody(429, 'Too many requests');
      return fault.retryAfter ? { ...reply, headers: { ...reply.headers, 'Retry-After': fault.retryAfter } } : reply;
    }
    case 'server-error':
      return errorBody(fault.status ?? 500, 'Internal server error');
    case 'unauthorized':
      return errorBody(401, 'The request is not authorized because credentials are missing or invalid.');
    case 'quota':
      return errorBody(456, 'Quota exceeded');
    case 'forbidden':
      return errorBody(403, 'Forbidden');
    case 'malformed':
      return { status: 200, body: '{"translations": [', headers: { 'Content-Type': 'application/json' } };
    default:
      return undefined;
  }
}
