// Makes sure Debian's Firefox ESR is installed (the Firefox end-to-end suite drives it), with openssl
// (the suite makes a throwaway certificate for the fixture hostnames). As root it installs the missing
// packages; otherwise it says exactly what to run.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const OPENSSL = '/usr/bin/openssl';
const missing = [...(existsSync(FIREFOX) ? [] : ['firefox-esr']), ...(existsSync(OPENSSL) ? [] : ['openssl'])];
const INSTALL = `apt-get update && apt-get install -y ${missing.join(' ')}`;

if (missing.length === 0) process.exit(0);
if (process.getuid?.() !== 0) {
  console.error(`Missing ${missing.join(' and ')}. Install with:\n\n  sudo sh -c '${INSTALL}'\n`);
  process.exit(1);
}
console.log(`Installing ${missing.join(' and ')} (${INSTALL})…`);
execSync(INSTALL, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }, shell: '/bin/sh' });
for (const file of [FIREFOX, OPENSSL]) {
  if (!existsSync(file)) {
    console.error(`Installing did not produce ${file}.`);
    process.exit(1);
  }
}
