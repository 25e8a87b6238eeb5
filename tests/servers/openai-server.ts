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
}

const errorBody = (status: number, message: string): Reply =>
  status === 403 ? { status, body: '' } : json({ error: { message, type: 'api_error' } }, status);

/** The segments Tarjuma's prompt carries: the last user message is `{source, target, texts}`. */
function readPrompt(
  req: RecordedRequest,
): { model: unknown; source: string; target: string; texts: string[] } | undefined {
  const body = JSON.parse(req.body) as { model?: unknown; messages?: { role: string; content: string }[] };
  const user = body.messages?.filter((m) => m.role === 'user').at(-1);
  if (!user) return undefined;
  const prompt = JSON.parse(user.content) as { source?: unknown; target?: unknown; texts?: unknown };
  if (typeof prompt.source !== 'string' || typeof prompt.target !== 'string' || !Array.isArray(prompt.texts))
    return undefined;
  return { model: body.model, source: prompt.source, target: prompt.target, texts: prompt.texts.map(String) };
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
