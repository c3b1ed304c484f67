import { z } from 'zod';
import { EvidenceListSchema, SourcesSchema } from './common';

/**
 * A short fact (a version, a date) that appears on several pages. Pages render it with
 * `[](fact:id)` so that it is written once.
 */
export const FactSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9.-]*$/),
  value: z.string().min(1),
  sources: SourcesSchema,
  /** Quotes from the sources that show the year or version in `value`. */
  evidence: EvidenceListSchema,
});

/** A shared fact. */
export type Fact = z.output<typeof FactSchema>;
