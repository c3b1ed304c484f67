import { describe, expect, it } from 'vitest';
import { addInlineScriptHashes, cspHash, CspRewriteError, inlineScripts } from '../../src/lib/csp';

const page = (policy: string, body: string) =>
  `<head><meta http-equiv="content-security-policy" content="${policy}"></head><body>${body}</body>`;

describe('CSP inline-script hashes', () => {
  it('finds executable inline scripts only', () => {
    const html =
      '<script>a()</script><script type="module">b()</script><script src="/x.js"></script><script type="application/json">{}</script>';
    expect(inlineScripts(html)).toEqual(['a()', 'b()']);
  });

  it('adds the missing hashes to script-src and leaves other directives alone', () => {
    const html = page(
      "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self';",
      '<script>x()</script>',
    );
    const out = addInlineScriptHashes(html);
    expect(out).toContain(`script-src 'self' 'wasm-unsafe-eval' ${cspHash('x()')};`);
    expect(out).toContain("style-src 'self';");
  });

  it('does not add a hash twice, and leaves a page with neither policy nor inline script alone', () => {
    const html = page(`script-src 'self' ${cspHash('x()')};`, '<script>x()</script>');
    expect(addInlineScriptHashes(html)).toBe(html);
    expect(addInlineScriptHashes('<p>no script</p>')).toBe('<p>no script</p>');
  });

  it('throws when a page runs inline scripts but has no policy to hash them into', () => {
    expect(() => addInlineScriptHashes('<script>x()</script>')).toThrow(CspRewriteError);
  });

  it('throws when the policy has no script-src directive', () => {
    expect(() => addInlineScriptHashes(page("default-src 'self';", '<script>x()</script>'))).toThrow(
      /no script-src/,
    );
  });

  it('computes the standard sha256 source expression', () => {
    expect(cspHash('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
  });
});
