import { describe, expect, it } from 'vitest';
import { deferModuleScripts } from '../../src/lib/defer-scripts';

describe('deferModuleScripts', () => {
  const page =
    '<html><head><script type="module" src="/_astro/a.js"></script>\n<script>theme()</script></head>' +
    '<body><p>x</p><script type="module" src="/_astro/b.js"></script><script type="module">inline()</script>' +
    '<script type="module" src="/_astro/a.js"></script></body></html>';

  it('replaces external module scripts by one loader that imports each once, after load when idle', () => {
    const out = deferModuleScripts(page);
    expect(out).not.toMatch(/<script type="module" src=/);
    expect(out).toContain('<script>theme()</script>');
    expect(out).toContain('<script type="module">inline()</script>');
    const loader = /<script type="module">(const go=.*?)<\/script><\/body>/.exec(out)?.[1];
    expect(loader).toContain('["/_astro/a.js","/_astro/b.js"]');
    expect(loader).toContain('addEventListener("load",idle,{once:true})');
    expect(loader).toContain('requestIdleCallback');
  });

  it('leaves a page without module scripts alone and refuses one without a body end', () => {
    expect(deferModuleScripts('<html><body><p>x</p></body></html>')).toBe(
      '<html><body><p>x</p></body></html>',
    );
    expect(() => deferModuleScripts('<script type="module" src="/a.js"></script>')).toThrow(/no <\/body>/);
  });
});
