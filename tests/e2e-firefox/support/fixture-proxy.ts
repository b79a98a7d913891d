/**
 * The Firefox suite's whole network: an HTTP proxy on 127.0.0.1 that Firefox
 * must use for everything (prefs in firefox.ts). CONNECTs to the three sites'
 * real hostnames are answered here, over TLS, with the same fixture files the
 * Chromium suite routes (tests/e2e/support/sites.ts); every other host is
 * refused, as if it did not resolve (a test may add hosts of its own: IT's
 * server for the policy test). Every request is recorded with its
 * headers and body, so the egress test sees what the browser tried to send
 * from any context: pages, content scripts, the background page.
 */
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import { type FixtureSite, fixtureResponse, SITE_ORIGINS } from '../../e2e/support/sites';
import { makeCertificate } from './certificate';

export interface SeenRequest {
  method: string;
  url: string;
  headers: string;
  body: string;
}

/** How a test's own host answers (IT's web server: the packed add-on, the signed rule pack). */
export interface HostAnswer {
  status?: number;
  headers?: Record<string, string>;
  body?: string | Buffer;
}
export type HostHandler = (request: SeenRequest) => HostAnswer;

export interface FixtureProxy {
  port: number;
  /** Requests answered (a fixture, or a test's own host), in order. */
  requests: SeenRequest[];
  /** Everything refused: CONNECT targets and plain-HTTP requests to any other host. */
  refused: SeenRequest[];
  close(): Promise<void>;
}

const SITE_BY_HOST = new Map<string, FixtureSite>(
  (Object.entries(SITE_ORIGINS) as [FixtureSite, string][]).map(([site, origin]) => [new URL(origin).host, site]),
);

async function record(req: http.IncomingMessage, url: string): Promise<SeenRequest> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return { method: req.method ?? '', url, headers: JSON.stringify(req.headers), body: Buffer.concat(chunks).toString('utf8') };
}

/** Starts the proxy; `hosts` are served over https and http besides the three sites, by their handlers. */
export async function startFixtureProxy(hosts: Readonly<Record<string, HostHandler>> = {}): Promise<FixtureProxy> {
  const requests: SeenRequest[] = [];
  const refused: SeenRequest[] = [];
  const sockets = new Set<Socket>();

  // The sites, over TLS: never listening itself, it is handed each tunnel the proxy accepts.
  const served = (host: string) => SITE_BY_HOST.has(host) || Object.hasOwn(hosts, host);
  const sites = https.createServer(makeCertificate([...SITE_BY_HOST.keys(), ...Object.keys(hosts)]), async (req, res) => {
    const host = (req.headers.host ?? '').replace(/:443$/, '');
    const seen = await record(req, `https://${host}${req.url ?? '/'}`);
    const handler = hosts[host];
    if (handler) {
      requests.push(seen);
      const answer = handler(seen);
      return res.writeHead(answer.status ?? 200, answer.headers).end(answer.body ?? '');
    }
    const site = SITE_BY_HOST.get(host);
    if (!site) {
      refused.push(seen);
      return res.writeHead(421).end();
    }
    requests.push(seen);
    const answer = fixtureResponse(site, new URL(seen.url).pathname);
    res.writeHead(answer.status, { 'content-type': answer.contentType, 'cache-control': 'no-store' }).end(answer.body);
  });

  // Plain HTTP through the proxy (absolute URLs): no fixture is served over http; a test's own host may be.
  const proxy = http.createServer(async (req, res) => {
    const seen = await record(req, req.url ?? '');
    const handler = hosts[URL.canParse(seen.url) ? new URL(seen.url).host : ''];
    if (!handler) {
      refused.push(seen);
      return res.writeHead(502).end();
    }
    requests.push(seen);
    const answer = handler(seen);
    res.writeHead(answer.status ?? 200, answer.headers).end(answer.body ?? '');
  });
  proxy.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  proxy.on('connect', (req: http.IncomingMessage, socket: Socket, head: Buffer) => {
    const [host, port] = (req.url ?? '').split(':');
    if (!host || port !== '443' || !served(host)) {
      refused.push({ method: 'CONNECT', url: req.url ?? '', headers: JSON.stringify(req.headers), body: '' });
      socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
      return;
    }
    socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
    if (head.length > 0) socket.unshift(head);
    sites.emit('connection', socket);
  });

  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  return {
    port: (proxy.address() as AddressInfo).port,
    requests,
    refused,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => proxy.close(() => resolve()));
    },
  };
}
