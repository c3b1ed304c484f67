import { z } from 'zod';
import { SOURCE_TIERS } from '../lib/vocabulary';

const PersonSchema = z.object({
  family: z.string().optional(),
  given: z.string().optional(),
  prefix: z.string().optional(),
  suffix: z.string().optional(),
  literal: z.string().optional(),
});

/**
 * A bibliography entry after parsing: type, key, plain-text fields and parsed people. Beyond the
 * usual BibTeX fields, every source carries a `tier`; `url` is the work at its canonical home,
 * `archive` the copy that was read where that differs, `urldate` the day it was read, and
 * `revision` the revision or release a living document was read at. `year` is when the work was
 * published or last revised, never when it was read.
 */
export const BibEntrySchema = z
  .object({
    type: z.enum([
      'article',
      'inproceedings',
      'book',
      'incollection',
      'techreport',
      'manual',
      'misc',
      'online',
      'phdthesis',
      'mastersthesis',
      'software',
    ]),
    key: z.string().regex(/^[A-Za-z0-9_:-]+$/),
    file: z.string(),
    line: z.number(),
    source: z.string(),
    authors: z.array(PersonSchema),
    editors: z.array(PersonSchema),
    fields: z
      .object({
        title: z.string().min(1),
        organization: z.string().optional(),
        year: z.string().regex(/^\d{4}$/, 'must be a four-digit year'),
        url: z.url().optional(),
        doi: z.string().optional(),
        tier: z.enum(SOURCE_TIERS, { message: 'must be primary, secondary or tertiary' }).optional(),
        archive: z.url().optional(),
        urldate: z
          .string()
          .regex(/^\d{4}-\d{2}(-\d{2})?$/, 'must be YYYY-MM-DD')
          .optional(),
        revision: z.string().min(1).optional(),
      })
      .catchall(z.string()),
  })
  .refine((e) => e.authors.length || e.editors.length || e.fields.organization, {
    message: 'needs an author, editor or organization',
    path: ['fields', 'author'],
  });

/** A bibliography entry. */
export type BibEntry = z.output<typeof BibEntrySchema>;
