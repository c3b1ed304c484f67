import { z } from 'zod';
import { quoteShows } from '../lib/provenance';
import { EvidenceListSchema, IdSchema, KernelVersionSchema, SourcesSchema } from './common';

/** A release day, `YYYY-MM-DD`, that exists in the calendar. */
export const ReleaseDaySchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be the release day, YYYY-MM-DD')
  .refine((d) => {
    const [y, m, day] = d.split('-').map(Number);
    const t = new Date(Date.UTC(y!, m! - 1, day!));
    return t.getUTCFullYear() === y && t.getUTCMonth() === m! - 1 && t.getUTCDate() === day;
  }, 'is not a day of the calendar');

/** The id of a kernel release: its version with dots replaced by hyphens (`2.6.20` → `2-6-20`). */
export const kernelReleaseId = (version: string) => version.replace(/\./g, '-');

/**
 * One mainline Linux kernel release and the day it came out: the single table from which every
 * "merged in Linux X.Y" date on the site is derived and checked. The evidence must quote a source
 * that shows the version, and a source that shows the year (ideally one quote shows both; the day
 * and month are checked by eye against the quote). Where sources give different days (time
 * zones: an announcement sent on a Sunday evening in California is dated Monday in Europe and
 * Asia), `date` is the day the announcement itself shows and `note` says how the others differ.
 */
export const KernelReleaseSchema = z
  .object({
    id: IdSchema,
    version: KernelVersionSchema.refine(
      (v) => !v.includes('-rc'),
      'must be a release, not a release candidate',
    ),
    date: ReleaseDaySchema,
    /** Set where sources disagree on the day, or where the day is derived rather than quoted. */
    note: z.string().min(10).optional(),
    sources: SourcesSchema,
    /** Quotes from the sources that show the version and the date. */
    evidence: EvidenceListSchema,
  })
  .superRefine((r, ctx) => {
    const issue = (path: (string | number)[], message: string) =>
      ctx.addIssue({ code: 'custom', path, message });
    if (r.id !== kernelReleaseId(r.version))
      issue(['id'], `must be "${kernelReleaseId(r.version)}", the version with hyphens`);
    if (!r.evidence.length) {
      issue(['evidence'], 'needs at least one quote that shows the version and the date');
      return;
    }
    r.evidence.forEach((e, i) => {
      if (!r.sources.includes(e.source))
        issue(['evidence', i, 'source'], `"${e.source}" is not among the entry's sources`);
    });
    if (!r.evidence.some((e) => quoteShows(e.quote, r.version)))
      issue(['evidence'], `no quote shows the version ${r.version}`);
    const year = r.date.slice(0, 4);
    if (!r.evidence.some((e) => quoteShows(e.quote, year)))
      issue(['evidence'], `no quote shows the year ${year}`);
  });

/** A kernel release after defaults are applied. */
export type KernelRelease = z.output<typeof KernelReleaseSchema>;
