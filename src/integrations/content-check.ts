import type { AstroIntegration } from 'astro';
import { loadAtlas } from '../lib/atlas';

/**
 * Validates content/data and content/references.bib before anything is built, so that a bad
 * file stops `astro build` (and `astro dev`) with a message naming file, entry and field.
 */
export function contentCheck(): AstroIntegration {
  return {
    name: 'va-content-check',
    hooks: {
      'astro:config:setup': ({ logger }) => {
        const atlas = loadAtlas();
        logger.info(
          `content ok: ${atlas.bibliography.length} sources, ${atlas.technologies.length} technologies, ` +
            `${atlas.glossary.length} terms, ${atlas.timeline.length} events`,
        );
      },
    },
  };
}
