import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { z } from 'astro/zod';

/** Kinds of page, used as a Pagefind filter so search results can be narrowed. */
export const PageKinds = ['technology', 'concept', 'history', 'comparison', 'reference', 'overview'] as const;

export const collections = {
  docs: defineCollection({
    // VA_DOCS_DIR lets `npm run bench` build the site from a multiplied copy of the pages.
    loader: glob({ pattern: '**/[^_]*.{md,mdx}', base: process.env.VA_DOCS_DIR ?? './content/docs' }),
    schema: docsSchema({
      extend: z.object({
        /** Technology ids this page is about; checked against content/data/technologies.yaml. */
        technologies: z.array(z.string()).default([]),
        pageKind: z.enum(PageKinds),
        /** Words readers search for that should find this page first (weighted in Pagefind). */
        keywords: z.array(z.string()).default([]),
        /**
         * When the page was last checked as a whole, if that is not the date of its last commit
         * (which "Cite this page" uses otherwise), e.g. after a reformatting-only commit.
         */
        lastReviewed: z.coerce.date().optional(),
      }),
    }),
  }),
};
