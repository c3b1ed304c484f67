import { z } from 'zod';

/** A parsed BibTeX entry: type, key and lower-cased field names. */
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
    fields: z
      .object({
        title: z.string().min(1),
        author: z.string().optional(),
        editor: z.string().optional(),
        organization: z.string().optional(),
        year: z.string().regex(/^\d{4}$/, 'must be a four-digit year'),
        url: z.url().optional(),
        doi: z.string().optional(),
      })
      .catchall(z.string()),
  })
  .refine((e) => e.fields.author || e.fields.editor || e.fields.organization, {
    message: 'needs an author, editor or organization',
    path: ['fields', 'author'],
  });

/** A bibliography entry. */
export type BibEntry = z.output<typeof BibEntrySchema>;
