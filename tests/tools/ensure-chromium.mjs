// Makes sure the browser tests have a Chromium: PLAYWRIGHT_CHROMIUM_EXECUTABLE, /usr/bin/chromium,
// or (as root on Debian) Debian's chromium package installed on the spot. Playwright's own browser
// download cannot work on machines without general internet access, so it is never attempted.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const wanted = process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE ?? '/usr/bin/chromium';
if (existsSync(wanted)) process.exit(0);

const isRoot = process.getuid?.() === 0;
if (!process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE && isRoot && existsSync('/usr/bin/apt-get')) {
  console.log("No Chromium found: installing Debian's chromium package (apt-get install -y chromium)...");
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
  if (existsSync(wanted)) process.exit(0);
}
console.error(
  `No Chromium at ${wanted}. Install Debian's with \`sudo apt-get install -y chromium\`, ` +
    'or set PLAYWRIGHT_CHROMIUM_EXECUTABLE to a Chromium or Chrome binary.',
);
process.exit(1);
