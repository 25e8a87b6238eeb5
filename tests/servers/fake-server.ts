import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { toFault, type Fault, type FaultInput, type Reply } from './faults';

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: string;
}

/** One provider's protocol: which requests are translations (they take faults) and how to answer. */
export interface Protocol {
  isTranslation(req: RecordedRequest): boolean;
  respond(req: RecordedRequest, fault: Fault | undefined): Reply;
}

export interface FakeServerOptions {
  faults?: FaultInput[];
  /** Added before every answer, for benchmarks. */
  latencyMs?: number;
}

export interface FakeServer {
  /** `http://127.0.0.1:PORT`, no trailing slash. */
  url: string;
  /** Every request but CORS preflights, in arrival order. */
  requests: RecordedRequest[];
  preflights: number;
  /** Pending faults; the next translation request takes the first. */
  faults: Fault[];
  latencyMs: number;
  /** Queues `fault` for the next `times` translation requests. */
  fail(fault: FaultInput, times?: number): void;
  /** Streamed answers stop after `chunks` pieces until `releaseStreams()`: a model still writing. */
  holdStreams(chunks: number): void;
  releaseStreams(): void;
  close(): Promise<void>;
}

function corsHeaders(requested: string | undefined): Record<string, string> {
  return {
    'Access-Control-Allow-Origin': '*',
    'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
    // A `*` here would not cover Authorization (Fetch spec), so echo what the browser asks for.
    'Access-Control-Allow-Headers': requested ?? 'Content-Type, Authorization',
    'Access-Control-Expose-Headers': 'Retry-After',
    'Access-Control-Max-Age': '600',
  };
}

export async function startFakeServer(protocol: Protocol, options: FakeServerOptions = {}): Promise<FakeServer> {
  const hung = new Set<ServerResponse>();
  let hold: { after: number; released: Promise<void> } | undefined;
  let release: () => void = () => undefined;
  const state: FakeServer = {
    url: '',
    requests: [],
    preflights: 0,
    faults: (options.faults ?? []).map(toFault),
    latencyMs: options.latencyMs ?? 0,
    fail(fault, times = 1) {
      for (let i = 0; i < times; i++) state.faults.push(toFault(fault));
    },
    holdStreams(chunks) {
      hold = { after: chunks, released: new Promise((resolve) => (release = resolve)) };
    },
    releaseStreams() {
      release();
      hold = undefined;
    },
    close: () => Promise.resolve(),
  };

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', async () => {
      const cors = corsHeaders(req.headers['access-control-request-headers']);
      if (req.method === 'OPTIONS') {
        state.preflights++;
        res.writeHead(204, cors).end();
        return;
      }
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const recorded: RecordedRequest = {
        method: req.method ?? 'GET',
        path: url.pathname,
        query: url.searchParams,
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      state.requests.push(recorded);
      const fault = protocol.isTranslation(recorded) ? state.faults.shift() : undefined;
      if (state.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, state.latencyMs));
      if (fault?.type === 'hang') {
        hung.add(res);
        return;
      }
      if (fault?.type === 'reset') {
        req.socket.destroy();
        return;
      }
      let reply: Reply;
      try {
        reply = protocol.respond(recorded, fault);
      } catch (error) {
        reply = { status: 500, body: String(error) };
      }
      res.writeHead(reply.status, { ...cors, ...reply.headers });
      if (!reply.chunks) return void res.end(reply.body);
      const cutAt = fault?.type === 'cut' ? Math.ceil(reply.chunks.length / 2) : -1;
      for (const [i, chunk] of reply.chunks.entries()) {
        if (i === cutAt) {
          // Let what was written reach the client first, as a connection lost mid-answer would.
          await new Promise((resolve) => setTimeout(resolve, 50));
          return void req.socket.destroy();
        }
        const held = hold;
        if (held && i === held.after) {
          hung.add(res);
          await held.released;
          hung.delete(res);
          if (res.destroyed) return;
        }
        res.write(chunk);
      }
      res.end();
    });
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  state.close = () =>
    new Promise<void>((resolve) => {
      release();
      for (const res of hung) res.destroy();
      server.close(() => resolve());
      server.closeAllConnections();
    });
  return state;
}
