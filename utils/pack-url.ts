/**
 * Where a rule pack may come from: an https:// address. Plain http:// is
 * allowed only to this machine (127.0.0.1, [::1], localhost) and only in
 * builds that are not the one employees get (tests, development), for a test
 * server; in the shipped build a network attacker must not be able to serve
 * or freeze packs on the way.
 */
const LOOPBACK_HOSTS = new Set(['127.0.0.1', '[::1]', 'localhost']);

/** Vite replaces the mode at build time; unit tests run as "test". */
export const LOOPBACK_HTTP_ALLOWED: boolean = import.meta.env.MODE !== 'production';

/** Why `address` cannot be a pack address, or null when it can. */
export function packUrlProblem(address: string, allowLoopbackHttp = LOOPBACK_HTTP_ALLOWED): string | null {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return `the pack address "${address.slice(0, 200)}" is not a valid URL`;
  }
  if (url.protocol === 'https:') return url.username || url.password ? 'the pack address must not carry a user name or password' : null;
  if (url.protocol === 'http:' && allowLoopbackHttp && LOOPBACK_HOSTS.has(url.hostname)) return null;
  return 'the pack address must start with https://';
}
