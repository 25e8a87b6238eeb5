import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, normalize, resolve } from 'node:path';

const FIXTURES = resolve(import.meta.dirname, '../fixtures');

/** Where the seed article lives, as on its WordPress site. */
export const SEED_PATH = '/2023/12/07/iranian-president-moscow/';

/** Paths a WordPress site would use, mapped to fixture files. */
const ROUTES: Record<string, string> = {
  [SEED_PATH]: 'seed/page.html',
};

export interface FixtureServer {
  origin: string;
  url(path: string): string;
  close(): Promise<void>;
}

/**
 * Serves tests/fixtures (and any `mounts`: URL prefix → folder) over http://127.0.0.1 (the e2e build may read 127.0.0.1
 * without a toolbar click).
 */
export async function startFixtureServer(
  mounts: Record<string, string> = {},
  /** Extra response headers on every answer (the benchmark asks for cross-origin isolation: a finer clock). */
  headers: Record<string, string> = {},
): Promise<FixtureServer> {
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    const mount = Object.keys(mounts).find((prefix) => path.startsWith(prefix));
    const root = mount ? mounts[mount]! : FIXTURES;
    const relative = mount ? path.slice(mount.length) : path;
    const file = ROUTES[path] ?? normalize(relative).replace(/^\/+/, '');
    if (file.startsWith('..')) return void res.writeHead(403).end();
    try {
      const body = readFileSync(join(root, file));
      const type = file.endsWith('.html') ? 'text/html; charset=utf-8' : 'application/octet-stream';
      res.writeHead(200, { ...headers, 'content-type': type }).end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (path) => `${origin}${path}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
