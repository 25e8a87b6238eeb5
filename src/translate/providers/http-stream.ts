import { createParser } from 'eventsource-parser';
import { ProviderError } from '../errors';
import { exchangeError, initOf, redactError, statusError, type HttpClient, type HttpRequest } from './http';
import { hostOf } from './server-url';

/**
 * A request whose answer may come as server-sent events: each event's data goes to `onData` as it arrives. The timeout
 * counts silence, not the whole answer, so a slow model that keeps writing is never cut off. When the server ignores
 * the wish to stream and answers in one piece, that body is returned (undefined after a stream).
 * An error `onData` throws ends the request and is passed on, with any key taken out of its message.
 */
export async function requestEventStream(
  client: HttpClient,
  req: HttpRequest,
  onData: (data: string) => void,
): Promise<string | undefined> {
  const silence = new AbortController();
  const finished = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const heard = () => {
    clearTimeout(timer);
    timer = setTimeout(() => silence.abort(), client.timeoutMs);
  };
  let received = false;
  heard();
  try {
    const response = await client.fetch(
      req.url,
      initOf(req, AbortSignal.any([req.signal, silence.signal, finished.signal])),
    );
    const type = response.headers.get('content-type') ?? '';
    if (!response.ok || !response.body || !/^text\/event-stream/i.test(type)) {
      const body = await response.text();
      if (!response.ok) throw statusError(client, response, body);
      return body;
    }
    const parser = createParser({ onEvent: (event) => onData(event.data) });
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return undefined;
      heard();
      received = true;
      parser.feed(value);
    }
  } catch (error) {
    // An error the reader of the stream raised may quote the server, which may quote the key.
    if (error instanceof ProviderError) throw redactError(error, client.secrets ?? []);
    const failure = exchangeError(client, req, error, silence.signal.aborted);
    if (!received || failure.kind === 'aborted') throw failure;
    // Part of the answer came: say so, the reader has seen it arrive.
    const seconds = Number((client.timeoutMs / 1000).toFixed(1));
    const message =
      failure.kind === 'timeout'
        ? `${client.label} stopped answering for ${seconds} s.`
        : `${client.label} broke off its answer (${hostOf(req.url)}).`;
    throw new ProviderError(client.label, failure.kind, message, { cause: failure.options.cause });
  } finally {
    clearTimeout(timer);
    finished.abort();
  }
}
