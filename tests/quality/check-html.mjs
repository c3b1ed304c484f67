// Runs the Nu HTML Checker (vnu-jar, needs Java) over every built page. Nothing is excused: an
// error from a dependency's markup is fixed where the site renders it (a Starlight override).
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { htmlPages } from './site-files.mjs';

/** Returns every Nu error as `path:line: message`. */
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
  const errors = messages
    .filter((m) => m.type === 'error')
    .map((m) => `${m.url.replace(/^file:.*?\/dist/, '')}:${m.lastLine}: ${m.message}`);
  return { errors, files: files.length };
}
