/**
 * IT's Firefox deployment, for one browser only: Firefox reads enterprise
 * policies from `distribution/policies.json` beside its binary (and, on Linux,
 * /etc/firefox/policies/ first). The launcher runs Firefox in its own mount
 * namespace with a private copy of that distribution folder holding our
 * policies.json, so the machine's folders are never touched (root and
 * `unshare`, as the Chromium suite's policy tests; CI runs as root).
 */
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FIREFOX_PATH } from './firefox';

/** The folder Firefox ESR reads policies.json from (XREAppDist): `distribution` beside the real binary. */
export function distributionDir(): string {
  return path.join(path.dirname(realpathSync(FIREFOX_PATH)), 'distribution');
}

export function canUsePrivatePolicy(): boolean {
  return process.getuid?.() === 0 && existsSync('/usr/bin/unshare') && existsSync(FIREFOX_PATH) && existsSync(distributionDir());
}

/** Writes the private distribution folder and a launcher that mounts it over the real one, then execs Firefox. */
export function policyLauncher(policies: Record<string, unknown>): string {
  const real = distributionDir();
  const root = mkdtempSync(path.join(tmpdir(), 'postcheck-firefox-policy-'));
  const dist = path.join(root, 'distribution');
  mkdirSync(dist);
  // Whatever else the package ships there (search plugins) is copied: a link into the real folder would be hidden by the mount.
  for (const entry of readdirSync(real)) if (entry !== 'policies.json') cpSync(path.join(real, entry), path.join(dist, entry), { recursive: true, dereference: true });
  writeFileSync(path.join(dist, 'policies.json'), JSON.stringify({ policies }, null, 2));
  const launcher = path.join(root, 'firefox-with-policy.sh');
  writeFileSync(
    launcher,
    `#!/bin/sh\nexec unshare --mount --propagation private sh -c 'mount --bind "$0" "$1" && shift && exec "$@"' "${dist}" "${real}" "${realpathSync(FIREFOX_PATH)}" "$@"\n`,
  );
  chmodSync(launcher, 0o755);
  return launcher;
}
