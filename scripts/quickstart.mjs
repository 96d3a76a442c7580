// The README's two commands run through here so that they work on a fresh machine with only Node and npm:
//   npm start  → install pnpm if missing, install dependencies, build and serve the demo
//   npm test   → install pnpm if missing, install dependencies (and Chromium for the browser tests), run every test
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const task = process.argv[2];
const PNPM_VERSION = '10.34.9';

function run(command, options = {}) {
  console.log(`\n> ${command}`);
  execSync(command, { stdio: 'inherit', ...options });
}

function has(command) {
  try {
    execSync(`${command} --version`, { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

function ensurePnpm() {
  if (has('pnpm')) return 'pnpm';
  try {
    run(`npm install -g pnpm@${PNPM_VERSION}`);
    return 'pnpm';
  } catch {
    // No permission for a global install: run pnpm through npx instead.
    return `npx --yes pnpm@${PNPM_VERSION}`;
  }
}

export const CHROMIUM = process.env.KINMAP_CHROMIUM ?? '/usr/bin/chromium';

function ensureChromium() {
  if (existsSync(CHROMIUM)) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && has('apt-get')) {
    run('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium');
    return;
  }
  console.error(
    `\nThe browser tests need Chromium at ${CHROMIUM}. Install it (Debian/Ubuntu: sudo apt-get install chromium)` +
      ' or set KINMAP_CHROMIUM to its path, then run npm test again.',
  );
  process.exit(1);
}

const pnpm = ensurePnpm();
run(`${pnpm} install --frozen-lockfile`);

if (task === 'start') {
  run(`${pnpm} --filter @kinmap/demo run serve`);
} else if (task === 'test') {
  ensureChromium();
  run(`${pnpm} run test:all`);
} else {
  console.error('usage: node scripts/quickstart.mjs start|test');
  process.exit(2);
}
