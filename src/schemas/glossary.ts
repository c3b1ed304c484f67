import { z } from 'zod';
import { IdSchema, SourcesSchema } from './common';

/** A glossary term: a definition in the site's own words and the page that explains it best. */
export const GlossaryTermSchema = z.object({
  id: IdSchema,
  term: z.string().min(1),
  aliases: z.array(z.string()).default([]),
  definition: z.string().min(20),
  /** The page that explains the term best, e.g. `/concepts/memory-virtualization/`. */
  page: z.string().regex(/^\/[a-z0-9/#-]*$/),
  technologies: z.array(IdSchema).default([]),
  sources: z.array(z.string()).default([]),
});

/** A glossary term after defaults are applied. */
export type GlossaryTerm = z.output<typeof GlossaryTermSchema>;
