import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { addInlineScriptHashes, CspRewriteError } from '../lib/csp';
import { deferModuleScripts } from '../lib/defer-scripts';

/**
 * After the build: moves each page's external module scripts after `load` (lib/defer-scripts.ts),
 * then hashes every inline script of the page into its CSP.
 */
export function cspInlineHashes(): AstroIntegration {
  return {
    name: 'va-csp-inline-hashes',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = (await readdir(root, { recursive: true })).filter((f) => f.endsWith('.html'));
        let changed = 0;
        for (const f of files) {
          const path = join(root, f);
          const html = await readFile(path, 'utf8');
          let next: string;
          try {
            next = addInlineScriptHashes(deferModuleScripts(html));
          } catch (e) {
            if (e instanceof CspRewriteError) throw new Error(`${f}: ${e.message}`);
            throw e;
          }
          if (next !== html) {
            await writeFile(path, next);
            changed++;
          }
        }
        if (!changed && files.length)
          throw new Error("the CSP step changed no page: Starlight's inline scripts would be blocked");
        logger.info(`added inline-script hashes to the CSP of ${changed} of ${files.length} pages`);
      },
    },
  };
}
