import { JSONParser } from '@streamparser/json';
import { ProviderError } from '../errors';
import { errorDetail } from './http-errors';
import { parseJsonBody, type HttpClient, type HttpRequest } from './http';
import type { ConcreteProviderId } from '../provider-ids';
import { requestEventStream } from './http-stream';
import { badResponse, isRecord } from './response-shape';

/**
 * Each translation of a streamed `{"translations": [...]}` (or a bare array) as soon as its string is closed, while the
 * rest is still being written. A code fence before the JSON is skipped; anything the parser cannot follow ends the
 * early reading quietly: the whole answer is still checked at the end.
 */
export function createItemReader(onItem: (index: number, text: string) => void) {
  const parser = new JSONParser({ paths: ['$.translations.*', '$.*'], keepStack: false });
  let started = false;
  let stopped = false;
  parser.onValue = ({ value, key }) => {
    if (typeof value === 'string' && typeof key === 'number') onItem(key, value);
  };
  parser.onError = () => {
    stopped = true;
  };
  return {
    write(text: string): void {
      if (stopped) return;
      let rest = text;
      if (!started) {
        const at = rest.search(/[[{]/);
        if (at < 0) return;
        started = true;
        rest = rest.slice(at);
      }
      try {
        parser.write(rest);
      } catch {
        stopped = true;
      }
    },
  };
}

/**
 * A chat completion read as it streams: `data:` events carry `choices[0].delta.content`, the last one a
 * `finish_reason`, then `[DONE]`. Servers report a failure after the stream began as an `{"error": …}` event.
 */
export function createStreamedReply(provider: ConcreteProviderId, onItem?: (index: number, text: string) => void) {
  let content = '';
  let finishReason: unknown;
  const items = onItem ? createItemReader(onItem) : undefined;
  return {
    onData(data: string): void {
      if (data.trim() === '[DONE]') return;
      let event: unknown;
      try {
        event = JSON.parse(data);
      } catch {
        throw badResponse(provider, 'a streamed event is not JSON');
      }
      if (isRecord(event) && event.error !== undefined) {
        throw new ProviderError(provider, 'server', { detail: errorDetail(data) || undefined });
      }
      const choice: unknown = isRecord(event) && Array.isArray(event.choices) ? event.choices[0] : undefined;
      if (!isRecord(choice)) return;
      const delta = isRecord(choice.delta) ? choice.delta.content : undefined;
      if (typeof delta === 'string' && delta) {
        content += delta;
        items?.write(delta);
      }
      if (choice.finish_reason) finishReason = choice.finish_reason;
    },
    /** The whole message, once the stream has ended. */
    content(): string {
      // A reply cut at the token limit would be missing its last segments.
      if (finishReason === 'length') throw badResponse(provider, 'the reply was cut off at the length limit');
      return content;
    },
  };
}

function readContent(provider: ConcreteProviderId, data: unknown): string {
  const choice: unknown = isRecord(data) && Array.isArray(data.choices) ? data.choices[0] : undefined;
  if (!isRecord(choice) || !isRecord(choice.message) || typeof choice.message.content !== 'string') {
    throw badResponse(provider, 'no message in choices[0]');
  }
  // A reply cut at the token limit would be missing its last segments.
  if (choice.finish_reason === 'length') throw badResponse(provider, 'the reply was cut off at the length limit');
  return choice.message.content;
}

/**
 * Sends a chat completion request and reads its reply, streamed (each translation told to `onItem` as it closes) or,
 * from a server that does not stream, whole. Returns the message content. Loaded only when the provider is used.
 */
export async function requestCompletion(
  client: HttpClient,
  request: HttpRequest,
  onItem?: (index: number, text: string) => void,
): Promise<string> {
  const reply = createStreamedReply(client.provider, onItem);
  const whole = await requestEventStream(client, request, reply.onData);
  return whole === undefined ? reply.content() : readContent(client.provider, parseJsonBody(client, whole));
}
