/** Signed test packs and a fake server for the updater tests. */
import { bundledPackSource } from '../../../../rules/packs/index';
import { generateSigningKeys, signPackBytes } from '../../../../rules/signed-pack';

export async function keys() {
  return generateSigningKeys();
}

/** The bundled Alexandria pack as IT would publish it, with changes. */
export function packDocument(changes: Record<string, unknown> = {}): Record<string, unknown> {
  return { ...bundledPackSource('alexandria'), ...changes };
}

export async function signed(doc: unknown, privatePkcs8: Uint8Array): Promise<string> {
  return JSON.stringify(await signPackBytes(new TextEncoder().encode(JSON.stringify(doc)), privatePkcs8));
}

export interface Served {
  status?: number;
  body?: string;
  headers?: Record<string, string>;
  hang?: boolean;
}

/** A fetch that answers from `serve`, recording the requests' headers. */
export function fakeServer(serve: () => Served) {
  const requests: Record<string, string>[] = [];
  const fetch = async (_url: string, init: RequestInit): Promise<Response> => {
    requests.push({ ...(init.headers as Record<string, string>) });
    const answer = serve();
    if (answer.hang) {
      return new Promise((_resolve, rejectRequest) => {
        init.signal?.addEventListener('abort', () => rejectRequest(init.signal?.reason));
      });
    }
    return new Response(answer.status === 304 ? null : (answer.body ?? ''), { status: answer.status ?? 200, headers: { 'content-type': 'application/json', ...answer.headers } });
  };
  return { fetch, requests };
}
