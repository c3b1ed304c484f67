// Runs the Nu HTML Checker (vnu-jar, needs Java) over every built page; an allowlist may excuse
// errors that come from dependencies, one regular expression per line with its reason.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { htmlPages } from './site-files.mjs';

const allowlistFile = join(process.cwd(), 'tests/quality/vnu-allowlist.txt');

/** Reads the allowlist: `regex  # reason` per line; a line without a reason is an error. */
export function readAllowlist(text) {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('//'))
    .map((l) => {
      const [pattern, reason] = l.split(/\s+#\s+/);
      if (!reason) throw new Error(`vnu allowlist line has no reason: ${l}`);
      return { re: new RegExp(pattern), reason };
    });
}

/** Returns the Nu errors not excused by the allowlist, and how many were excused. */
export function checkHtml() {
  const jar = join(process.cwd(), 'node_modules/vnu-jar/build/dist/vnu.jar');
  const files = htmlPages().map((p) => p.file);
  let out;
  try {
    out = execFileSync('java', ['-jar', jar, '--format', 'json', '--errors-only', ...files], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (e) {
    if (e.code === 'ENOENT')
      throw new Error(
        'java is not installed: the HTML check needs Java 17 (apt-get install -y openjdk-17-jre-headless)',
      );
    out = e.stderr?.toString() || e.stdout?.toString() || '';
  }
  const messages = out.trim() ? JSON.parse(out).messages : [];
  const allow = existsSync(allowlistFile) ? readAllowlist(readFileSync(allowlistFile, 'utf8')) : [];
  const errors = [];
  let excused = 0;
  for (const m of messages.filter((m) => m.type === 'error')) {
    const line = `${m.url.replace(/^file:.*?\/dist/, '')}:${m.lastLine}: ${m.message}`;
    if (allow.some((a) => a.re.test(m.message))) excused++;
    else errors.push(line);
  }
  return { errors, excused, files: files.length };
}
