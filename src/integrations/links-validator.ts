import { basename, dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { StarlightPlugin } from '@astrojs/starlight/types';
import starlightLinksValidator from 'starlight-links-validator';
import { docsDir } from '../navigation/config-plan';

type Options = Parameters<typeof starlightLinksValidator>[0];
type SetupParams = Parameters<NonNullable<StarlightPlugin['hooks']['config:setup']>>[0];

/**
 * starlight-links-validator, told where this site's pages are. The plugin names each page by its
 * path relative to `<srcDir>/content/docs`, Starlight's default home for pages; this site's pages
 * are in `<root>/content/docs` (or VA_DOCS_DIR, which must also end in content/docs), so the plugin
 * is given the folder above that `content/` as its srcDir. It uses srcDir for nothing else: page
 * ids, and the file names in its report.
 */
export function linksValidator(options?: Options, docs = docsDir()): StarlightPlugin {
  if (basename(docs) !== 'docs' || basename(dirname(docs)) !== 'content')
    throw new Error(`the pages must be in a folder named content/docs for the link check: ${docs}`);
  const srcDir = pathToFileURL(`${dirname(dirname(docs))}/`);
  const plugin = starlightLinksValidator(options);
  const setup = plugin.hooks['config:setup']!;
  return {
    ...plugin,
    hooks: {
      ...plugin.hooks,
      'config:setup': (params: SetupParams) =>
        setup({ ...params, astroConfig: { ...params.astroConfig, srcDir } }),
    },
  };
}
