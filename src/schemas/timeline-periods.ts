import { z } from 'zod';
import { IdSchema } from './common';

/** A whole year, as a period's bounds are written. */
const YearSchema = z.number().int().min(1900).max(2100);

/** An event the chart labels, with the short text drawn beside its marker. */
export const KeyEventSchema = z.object({
  /** A timeline event id (checked against content/data/timeline.yaml). */
  event: IdSchema,
  /** A few words: the full title is in the list and the detail panel. */
  label: z.string().min(2).max(28),
});

/**
 * A period of the timeline: a zoom preset above the chart and a section of the list of events.
 * The first period may leave out `from` (the year of the first event) and the last `to` (today);
 * periods are in order and together cover every event (checked when the timeline is built).
 */
export const TimelinePeriodSchema = z
  .object({
    id: IdSchema,
    /** What the period was, in a few words: the heading of its part of the list. */
    title: z.string().min(3).max(60),
    from: YearSchema.optional(),
    to: YearSchema.optional(),
    /** The events the chart labels, most important first. */
    key: z.array(KeyEventSchema).default([]),
  })
  .refine((p) => p.from === undefined || p.to === undefined || p.from <= p.to, {
    message: 'must not end before it starts',
    path: ['to'],
  });

/** A timeline period after defaults are applied. */
export type TimelinePeriod = z.output<typeof TimelinePeriodSchema>;
/** A key event of a period. */
export type KeyEvent = z.output<typeof KeyEventSchema>;
