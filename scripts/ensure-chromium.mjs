// Makes sure Debian's Chromium is installed (the e2e tests and the demo drive it).
// As root it installs the `chromium` package; otherwise it says exactly what to run.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const INSTALL = 'apt-get update && apt-get install -y chromium';

if (existsSync(CHROMIUM)) process.exit(0);
if (process.getuid?.() !== 0) {
  console.error(`Chromium is not installed at ${CHROMIUM}. Install it with:\n\n  sudo sh -c '${INSTALL}'\n`);
  process.exit(1);
}
console.log(`Chromium is missing; installing Debian's chromium package (${INSTALL})…`);
execSync(INSTALL, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }, shell: '/bin/sh' });
if (!existsSync(CHROMIUM)) {
  console.error(`Installing chromium did not produce ${CHROMIUM}.`);
  process.exit(1);
}
