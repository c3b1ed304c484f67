import type { AstroIntegration } from 'astro';
import { loadAtlas } from '../lib/atlas';
import { ContentError } from '../lib/errors';
import { checkFrontmatter } from '../lib/frontmatter';
import { readDocs } from '../lib/site-index';
import { provenanceStrict } from '../lib/provenance';
import { uncitedSources } from '../lib/uncited';

/**
 * Validates content/data, content/references.bib and every page's front matter before anything is
 * built, so that a bad file stops `astro build` (and `astro dev`) naming file, entry and field.
 */
export function contentCheck(): AstroIntegration {
  return {
    name: 'va-content-check',
    hooks: {
      'astro:config:setup': ({ logger }) => {
        const atlas = loadAtlas();
        const docs = readDocs();
        const problems = [...checkFrontmatter(docs), ...uncitedSources(atlas, docs)];
        if (problems.length && provenanceStrict()) throw new ContentError(problems);
        if (problems.length)
          logger.warn(`VA_WIP=1: ${problems.length} page or bibliography problem(s) tolerated`);
        if (atlas.warnings.length)
          logger.warn(
            `VA_WIP=1: ${atlas.warnings.length} gap(s) tolerated; \`npm run report:provenance\` lists them`,
          );
        logger.info(
          `content ok: ${atlas.bibliography.length} sources, ${atlas.technologies.length} technologies, ` +
            `${atlas.glossary.length} terms, ${atlas.timeline.length} events`,
        );
      },
    },
  };
}
