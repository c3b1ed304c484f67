import { z } from 'zod';
import { EvidenceListSchema, IdSchema, SourcesSchema } from './common';

/**
 * Where a fact that repeats a technology's date or version lives: the technology, the event
 * (`first`, `last`, `merged`, `removed`, or a milestone's `id`), named by `milestone` and what to show of it.
 */
export const FactRefSchema = z.object({
  technology: IdSchema,
  milestone: IdSchema,
  field: z.enum(['version', 'date', 'year']),
});

/**
 * A short fact (a version, a date) that appears on several pages. Pages render it with
 * `[](fact:id)` so that it is written once. A fact either states its value with its own sources
 * and evidence, or points (`from`) at the technology event that holds it, and takes its value,
 * sources and evidence from there.
 */
export const FactSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9.-]*$/),
    value: z.string().min(1).optional(),
    from: FactRefSchema.optional(),
    sources: SourcesSchema.optional(),
    /** Quotes from the sources that show the year or version in `value`. */
    evidence: EvidenceListSchema,
  })
  .refine((f) => (f.from ? !f.value && !f.sources : f.value && f.sources), {
    message: 'give either value and sources, or from (which supplies both)',
    path: ['from'],
  });

/** A shared fact as written. */
export type FactEntry = z.output<typeof FactSchema>;
/** A shared fact with its value, sources and evidence resolved. */
export type Fact = FactEntry & { value: string; sources: string[] };
