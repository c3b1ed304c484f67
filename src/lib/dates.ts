/** Month names, January first. */
export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * A partial date in words at its own precision: `2006` → `2006`, `2006-10` → `October 2006`,
 * `2006-10-19` → `19 October 2006`. The data keeps only the precision its sources give.
 */
export function formatPartialDate(date: string): string {
  const [y, m, d] = date.split('-');
  const month = m ? MONTHS[Number(m) - 1] : undefined;
  if (!month) return y ?? date;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

/** A release or date as the views print it: a version, a kernel version and/or a date. */
export interface MilestoneLike {
  version?: string;
  kernel?: string;
  date?: string;
}

/**
 * A milestone in words, the one way every view and export prints it: `Linux 2.6.20, February
 * 2007`, `Xen 3.0, December 2005`, `February 2007`.
 */
export function milestoneText(m: MilestoneLike | undefined): string {
  if (!m) return '';
  const what = [m.version, m.kernel && `Linux ${m.kernel}`].filter(Boolean).join(', ');
  const when = m.date ? formatPartialDate(m.date) : '';
  return [what, when].filter(Boolean).join(', ');
}
