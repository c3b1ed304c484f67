const MONTHS = [
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
