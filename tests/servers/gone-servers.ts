import { startFakeServer, type FakeServer } from './fake-server';

/** A service that has moved or been retired: a 404 web page to every request, as such hosts answer. */
export function startRetiredServer(): Promise<FakeServer> {
  return startFakeServer({
    isTranslation: () => true,
    respond: () => ({
      status: 404,
      body: '<!DOCTYPE html><html><head><title>404 Not Found</title></head><body><h1>Not Found</h1></body></html>',
      headers: { 'Content-Type': 'text/html; charset=UTF-8' },
    }),
  });
}

/** An address where nothing listens any more (connection refused): a server started and closed again. */
export async function closedAddress(): Promise<string> {
  const gone = await startFakeServer({ isTranslation: () => false, respond: () => ({ status: 200, body: '' }) });
  await gone.close();
  return gone.url;
}
