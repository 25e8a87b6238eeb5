import { createParser } from 'eventsource-parser';
import { ProviderError } from '../errors';
import { exchangeError, initOf, redactError, statusError, type HttpClient, type HttpRequest } from './http';

/**
 * A request whose answer may come as server-sent events: each event's data goes to `onData` as it arrives, and every
 * piece that arrives is reported to `req.onProgress`, so the router's timeout counts silence, not the whole answer: a
 * slow model that keeps writing is never cut off. When the server ignores the wish to stream and answers in one piece,
 * that body is returned (undefined after a stream). An error `onData` throws ends the request and is passed on, with
 * any key taken out of it.
 */
export async function requestEventStream(
  client: HttpClient,
  req: HttpRequest,
  onData: (data: string) => void,
): Promise<string | undefined> {
  const finished = new AbortController();
  let received = false;
  try {
    const response = await client.fetch(req.url, {
      ...initOf(req),
      signal: AbortSignal.any([req.signal, finished.signal]),
    });
    const type = response.headers.get('content-type') ?? '';
    if (!response.ok || !response.body || !/^text\/event-stream/i.test(type)) {
      const body = await response.text();
      if (!response.ok) throw statusError(client, req, response, body);
      return body;
    }
    const parser = createParser({ onEvent: (event) => onData(event.data) });
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return undefined;
      req.onProgress?.();
      received = true;
      parser.feed(value);
    }
  } catch (error) {
    // An error the reader of the stream raised may quote the server, which may quote the key.
    if (error instanceof ProviderError) throw redactError(error, client.secrets ?? []);
    // Part of the answer came: say so, the reader has seen it arrive.
    throw exchangeError(client, req, error, received);
  } finally {
    finished.abort();
  }
}
