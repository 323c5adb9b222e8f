/**
 * The operations routes shared by both modes: GET /healthz (200 once the corpus is loaded and the
 * process can answer, 503 before) and GET /metrics (Prometheus text format). The HTTP
 * interactions endpoint mounts them beside its POST route; in gateway mode they get a small
 * server of their own on METRICS_PORT.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Metrics } from '../metrics.ts';
import type { CorpusStore } from '../store.ts';

export interface OpsDeps {
  metrics: Metrics;
  /** The store once the corpus is loaded (null before). */
  store: () => CorpusStore | null;
  /** Whether the process can take work (e.g. the gateway is connected); default: always. */
  ready?: () => boolean;
}

/** Answers /healthz and /metrics; false when the request is for another route. */
export async function serveOps(req: IncomingMessage, res: ServerResponse, deps: OpsDeps): Promise<boolean> {
  const path = new URL(req.url ?? '/', 'http://localhost').pathname;
  if (path === '/healthz') {
    if (req.method !== 'GET' && req.method !== 'HEAD') return methodNotAllowed(res);
    const store = deps.store();
    const ready = store !== null && (deps.ready?.() ?? true);
    const body = ready ? { status: 'ready', articles: store.engine.stats.articles, paragraphs: store.engine.stats.paragraphs } : { status: 'starting' };
    res.writeHead(ready ? 200 : 503, { 'content-type': 'application/json', 'cache-control': 'no-store' }).end(JSON.stringify(body));
    return true;
  }
  if (path === '/metrics') {
    if (req.method !== 'GET' && req.method !== 'HEAD') return methodNotAllowed(res);
    const text = await deps.metrics.text();
    res.writeHead(200, { 'content-type': deps.metrics.contentType, 'cache-control': 'no-store' }).end(text);
    return true;
  }
  return false;
}

function methodNotAllowed(res: ServerResponse): true {
  res.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'application/json' }).end(JSON.stringify({ error: 'method not allowed' }));
  return true;
}

export interface Listening {
  server: Server;
  port: number;
  close(): Promise<void>;
}

/** Listens on host:port (port 0: any free one) and resolves once listening. */
export async function listen(server: Server, port: number, host: string): Promise<Listening> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  return {
    server,
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The gateway mode's METRICS_PORT server: /healthz and /metrics only. */
export function startOpsServer(deps: OpsDeps, port: number, host: string): Promise<Listening> {
  const server = createServer((req, res) => {
    serveOps(req, res, deps).then(
      (served) => {
        if (!served) res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ error: 'not found' }));
      },
      () => {
        if (!res.headersSent) res.writeHead(500).end();
      },
    );
  });
  return listen(server, port, host);
}
