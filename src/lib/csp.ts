import { createHash } from 'node:crypto';

/** The sha256 CSP source for a script body, e.g. `'sha256-abc…='`. */
export function cspHash(body: string): string {
  return `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`;
}

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
const META = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i;

/** Bodies of the inline scripts a browser would execute (not `src`, not JSON data blocks). */
export function inlineScripts(html: string): string[] {
  const out: string[] = [];
  for (const [, attrs = '', body = ''] of html.matchAll(SCRIPT)) {
    if (/\bsrc=/.test(attrs)) continue;
    const type = /\btype="([^"]*)"/.exec(attrs)?.[1];
    if (type && type !== 'module' && type !== 'text/javascript') continue;
    out.push(body);
  }
  return out;
}

/** Thrown when a page has inline scripts but no policy that can be given their hashes. */
export class CspRewriteError extends Error {}

/**
 * Adds the hash of every inline script in `html` to the script-src of its CSP meta tag. Astro
 * hashes the scripts it bundles, but not `is:inline` scripts that Starlight renders (theme and
 * sidebar restore), which would otherwise be blocked. Throws CspRewriteError when the page runs
 * inline scripts but has no CSP meta tag, or a policy without script-src: shipping that page
 * would silently block Starlight's theme script (or run without a policy at all).
 */
export function addInlineScriptHashes(html: string): string {
  const scripts = inlineScripts(html);
  const meta = META.exec(html);
  if (!meta) {
    if (scripts.length)
      throw new CspRewriteError('no Content-Security-Policy meta tag to add inline-script hashes to');
    return html;
  }
  const policy = meta[2]!;
  if (!/script-src /.test(policy))
    throw new CspRewriteError('the Content-Security-Policy has no script-src directive');
  const hashes = [...new Set(scripts.map(cspHash))].filter((h) => !policy.includes(h));
  if (!hashes.length) return html;
  const updated = policy.replace(
    /script-src ([^;]*)/,
    (_, sources: string) => `script-src ${sources} ${hashes.join(' ')}`,
  );
  return html.replace(META, `$1${updated}$3`);
}
