import type { EventKind } from './layout';

/** The name of each kind of event: the chart's lane, the list's badge and the filter's checkbox. */
export const EVENT_KIND_LABELS: Record<EventKind, string> = {
  research: 'Research',
  release: 'Release',
  merge: 'Mainline kernel',
  company: 'Company',
  hardware: 'Hardware',
};

/** What the timeline says of an event after the date shown: in its marker's name, and its badge. */
export const AFTER_DATE = 'after the date shown';
/** The badge on an event after the date shown, in the list and the detail panel. */
export const AFTER_DATE_BADGE = 'After the date shown';
