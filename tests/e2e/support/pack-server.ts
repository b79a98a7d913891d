/**
 * IT's rule-pack server for the end-to-end tests: the bundled Alexandria pack
 * as IT would publish it (the CLI's export), signed, served on 127.0.0.1 with
 * whatever answer a test sets, and every request it received.
 */
import { execFileSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { signPackBytes } from '../../../rules/signed-pack';

export interface Answer {
  status?: number;
  type?: string;
  body?: string;
  hang?: boolean;
  etag?: string;
}

export interface SeenRequest {
  method: string;
  url: string;
  ifNoneMatch?: string;
  body: string;
}

/** The bundled Alexandria pack as IT would publish it. */
export const source = JSON.parse(execFileSync('node', ['bin/postcheck.mjs', 'export', 'alexandria'], { encoding: 'utf8' })) as Record<string, unknown> & { version: number };

/** A copy of the published pack with some top-level fields changed. */
type PackDoc = Record<string, unknown> & { rules: { id: string; detector: { phrases?: string[] } }[] };
export function packDoc(changes: Record<string, unknown> = {}): PackDoc {
  return { ...structuredClone(source), ...changes } as unknown as PackDoc;
}

export async function sign(doc: unknown, key: Uint8Array): Promise<string> {
  return JSON.stringify(await signPackBytes(new TextEncoder().encode(JSON.stringify(doc)), key));
}

export async function startPackServer(answer: () => Answer, seen: SeenRequest[]): Promise<{ server: Server; url: string; stop: () => void }> {
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const a = answer();
      seen.push({ method: req.method ?? '', url: req.url ?? '', ifNoneMatch: req.headers['if-none-match'], body: Buffer.concat(chunks).toString('utf8') });
      if (a.hang) return; // never answers
      const headers = { 'access-control-allow-origin': '*', 'access-control-expose-headers': 'ETag, Last-Modified', 'cache-control': 'no-cache', ...(a.etag ? { etag: a.etag } : {}) };
      if (a.etag && req.headers['if-none-match'] === a.etag) {
        res.writeHead(304, headers).end();
        return;
      }
      res.writeHead(a.status ?? 200, { 'content-type': a.type ?? 'application/json', ...headers });
      res.end(a.body ?? '');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const stop = () => {
    server.closeAllConnections();
    server.close();
  };
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/postcheck/pack.json`, stop };
}
