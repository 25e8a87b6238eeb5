import { startFakeServer, type FakeServer, type FakeServerOptions, type RecordedRequest } from './fake-server';
import { json, markerTranslate, statusFaultReply, type Reply, type TranslateFn } from './faults';

export interface OpenAiServerOptions extends FakeServerOptions {
  translate?: TranslateFn;
  /** Models the server has; any model when absent. */
  models?: string[];
  /** When set, `Authorization: Bearer apiKey` is required. */
  apiKey?: string;
  /** Answer 403 to chrome-extension:// and moz-extension:// origins, as Ollama does without OLLAMA_ORIGINS. */
  blockExtensionOrigins?: boolean;
  /** Answer in one piece even when asked to stream, as some compatible servers do. */
  noStreaming?: boolean;
}

const errorBody = (status: number, message: string): Reply =>
  status === 403 ? { status, body: '' } : json({ error: { message, type: 'api_error' } }, status);

/**
 * A completion streamed as OpenAI does it: `data:` events of `chat.completion.chunk` with `choices[0].delta.content`,
 * a last one with `finish_reason`, then `data: [DONE]`. The content is cut so each translation arrives in two pieces:
 * chunk 0 holds the role, chunk 1 `{"translations": [`, and item k is complete after chunk 2k + 3 (hold after 4: the
 * first item is in, the rest still coming).
 */
function streamedReply(model: string, texts: string[]): Reply {
  const base = { id: `chatcmpl-${Date.now()}`, object: 'chat.completion.chunk', created: 0, model };
  const event = (delta: Record<string, string>, finish: string | null) =>
    `data: ${JSON.stringify({ ...base, choices: [{ index: 0, delta, finish_reason: finish }] })}\n\n`;
  const pieces = ['{"translations": ['];
  texts.forEach((text, i) => {
    const item = JSON.stringify(text);
    const middle = Math.ceil(item.length / 2);
    pieces.push(item.slice(0, middle), item.slice(middle) + (i === texts.length - 1 ? '' : ', '));
  });
  pieces.push(']}');
  return {
    status: 200,
    body: '',
    headers: { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache' },
    chunks: [
      event({ role: 'assistant', content: '' }, null),
      ...pieces.map((content) => event({ content }, null)),
      event({}, 'stop'),
      'data: [DONE]\n\n',
    ],
  };
}

/** The segments Tarjuma's prompt carries: the last user message is `{source, target, texts}`. */
function readPrompt(
  req: RecordedRequest,
): { model: unknown; stream: boolean; source: string; target: string; texts: string[] } | undefined {
  const body = JSON.parse(req.body) as {
    model?: unknown;
    stream?: unknown;
    messages?: { role: string; content: string }[];
  };
  const user = body.messages?.filter((m) => m.role === 'user').at(-1);
  if (!user) return undefined;
  const prompt = JSON.parse(user.content) as { source?: unknown; target?: unknown; texts?: unknown };
  if (typeof prompt.source !== 'string' || typeof prompt.target !== 'string' || !Array.isArray(prompt.texts))
    return undefined;
  return {
    model: body.model,
    stream: body.stream === true,
    source: prompt.source,
    target: prompt.target,
    texts: prompt.texts.map(String),
  };
}

/** Speaks OpenAI-compatible `POST /v1/chat/completions`, answering `{"translations": [...]}` as the message content. */
export function startOpenAiServer(options: OpenAiServerOptions = {}): Promise<FakeServer> {
  const translate = options.translate ?? markerTranslate;
  return startFakeServer(
    {
      isTranslation: (req) => req.path === '/v1/chat/completions',
      respond(req, fault) {
        if (req.path !== '/v1/chat/completions' || req.method !== 'POST') return errorBody(404, '404 page not found');
        if (options.blockExtensionOrigins && /^(chrome|moz)-extension:/.test(req.headers.origin ?? '')) {
          return errorBody(403, '');
        }
        if (options.apiKey !== undefined && req.headers.authorization !== `Bearer ${options.apiKey}`) {
          return errorBody(401, 'Incorrect API key provided.');
        }
        const failed = fault && statusFaultReply(fault, errorBody);
        if (failed) return failed;
        const prompt = readPrompt(req);
        if (!prompt) return errorBody(400, 'messages must end with a user message holding {source, target, texts}');
        if (typeof prompt.model !== 'string' || (options.models && !options.models.includes(prompt.model))) {
          return errorBody(404, `model "${String(prompt.model)}" not found, try pulling it first`);
        }
        const texts = prompt.texts.map((text) => translate(text, prompt.source, prompt.target));
        if (fault?.type === 'wrong-count') texts.pop();
        if (prompt.stream && !options.noStreaming) return streamedReply(prompt.model, texts);
        return json({
          id: `chatcmpl-${Date.now()}`,
          object: 'chat.completion',
          created: Math.floor(Date.now() / 1000),
          model: prompt.model,
          choices: [
            {
              index: 0,
              message: { role: 'assistant', content: JSON.stringify({ translations: texts }) },
              finish_reason: 'stop',
            },
          ],
        });
      },
    },
    options,
  );
}
