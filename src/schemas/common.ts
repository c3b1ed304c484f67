import { z } from 'zod';

/** A lowercase, hyphenated identifier such as `linux-vserver` or `ring-compression`. */
export const IdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lowercase letters, digits and hyphens');

/** A BibTeX citation key as used in content/references.bib. */
export const CiteKeySchema = z.string().regex(/^[A-Za-z0-9_:-]+$/, 'is not a valid citation key');

/** A non-empty list of citation keys: every fact on the site carries at least one source. */
export const SourcesSchema = z.array(CiteKeySchema).min(1, 'needs at least one source');

/**
 * A calendar date at the precision the sources give: `2006`, `2006-12` or `2006-12-10`.
 * Keeping the precision avoids inventing a day that no source states.
 */
export const PartialDateSchema = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD');

/** A Linux kernel version such as `2.6.20` or `4.14`. */
export const KernelVersionSchema = z
  .string()
  .regex(/^\d+\.\d+(\.\d+)?(-rc\d+)?$/, 'must look like 2.6.20 or 4.14');

/**
 * Reports, on `ctx`, every item of `items` whose `key` repeats an earlier one. Used by schemas whose
 * entries hold lists keyed by id (stack blocks, ring placements, path variants).
 */
export function addDuplicateIssues<T>(
  items: readonly T[],
  keyOf: (item: T) => string,
  ctx: z.RefinementCtx,
  path: (index: number) => (string | number)[],
  what: string,
): void {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    const key = keyOf(item);
    if (seen.has(key)) ctx.addIssue({ code: 'custom', path: path(i), message: `duplicate ${what} "${key}"` });
    seen.add(key);
  });
}

/**
 * One piece of quoted evidence for a dated claim: the source it comes from, a short passage copied
 * word for word from that source, and where in the source it stands. The build checks that the
 * quote shows the year or version of the claim it supports (src/lib/provenance.ts).
 */
export const EvidenceSchema = z.object({
  source: CiteKeySchema,
  quote: z
    .string()
    .min(8, 'is too short to show anything')
    .max(300, 'is longer than 300 characters: quote the passage that shows the date or version'),
  locator: z.string().min(2, 'must say where in the source the quote stands'),
});

/** Quoted evidence, as a list (empty where none has been gathered yet). */
export const EvidenceListSchema = z.array(EvidenceSchema).default([]);

/** One piece of quoted evidence. */
export type Evidence = z.output<typeof EvidenceSchema>;
