import { z } from 'zod';
import { EvidenceListSchema, IdSchema, PartialDateSchema, SourcesSchema } from './common';

/** The kinds of event the timeline can filter by. */
export const EventKinds = ['research', 'release', 'merge', 'company', 'hardware'] as const;

/** One dated, cited event in the history of Linux virtualization. */
export const TimelineEventSchema = z.object({
  id: IdSchema,
  date: PartialDateSchema,
  title: z.string().min(3),
  kind: z.enum(EventKinds),
  systems: z.array(IdSchema).default([]),
  detail: z.string().min(10),
  /** Set where sources disagree on the date: the page then says so. */
  dateNote: z.string().optional(),
  sources: SourcesSchema,
  /** Quotes from the sources that show the date. */
  evidence: EvidenceListSchema,
});

/** A timeline event after defaults are applied. */
export type TimelineEvent = z.output<typeof TimelineEventSchema>;
