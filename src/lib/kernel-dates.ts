/**
 * Kernel versions and the dates beside them. content/data/kernel-releases.yaml holds each
 * release's day with a quote; wherever the data dates a state or an event by a kernel version
 * (`kernel: '2.6.24'` beside `date: '2008-01'`), the month must be the release's month, and a
 * state that names a kernel without a date takes the release's day. A state that also names a
 * release of its own (`version: OpenVZ 7.0` with its base kernel) is dated by that release.
 */
import type { AtlasData } from './data-kinds';
import type { ContentProblem } from './errors';

interface Dated {
  kernel?: string;
  version?: string;
  date?: string;
}

/** Checks a kernel-and-date pair against the release table; fills a missing date in place. */
function checkPair(
  m: Dated | undefined,
  releases: Map<string, string>,
  where: ContentProblem,
  problems: ContentProblem[],
): void {
  // A state that names a release of its own (OpenVZ 7.0 on Linux 3.10) is dated by that release.
  if (!m?.kernel || m.version) return;
  const day = releases.get(m.kernel);
  if (!day) return;
  if (!m.date) {
    m.date = day;
    return;
  }
  if (m.date.slice(0, 7) !== day.slice(0, 7) && !(m.date.length === 4 && m.date === day.slice(0, 4)))
    problems.push({
      ...where,
      message: `dates Linux ${m.kernel} ${m.date}, but it was released ${day} (content/data/kernel-releases.yaml): use the release date, or name the release that shipped it in \`version\``,
    });
}

/** Checks (and completes) every kernel-dated state and event of the data. */
export function checkKernelDates(
  data: AtlasData,
  origin: Map<unknown, string>,
  problems: ContentProblem[],
): void {
  const releases = new Map(data.kernelReleases.map((r) => [r.version, r.date]));
  if (!releases.size) return;
  for (const c of data.cells) {
    const at = (field: string): ContentProblem => ({
      file: origin.get(c) ?? `content/data/cells/${c.system}.yaml`,
      entry: c.dimension,
      field,
      message: '',
    });
    c.history.forEach((h, i) => {
      checkPair(h.since, releases, at(`history[${i}].since`), problems);
      checkPair(h.until, releases, at(`history[${i}].until`), problems);
    });
    checkPair(c.since, releases, at('since'), problems);
  }
  for (const t of data.technologies) {
    const at = (field: string): ContentProblem => ({
      file: origin.get(t) ?? 'content/data/technologies.yaml',
      entry: t.id,
      field,
      message: '',
    });
    const events = [
      ['upstream.merged', t.upstream.merged],
      ['upstream.removed', t.upstream.removed],
      ...t.upstream.milestones.map((m, i) => [`upstream.milestones[${i}]`, m] as const),
    ] as const;
    for (const [field, ev] of events)
      if (ev) checkPair({ kernel: ev.version, date: ev.date }, releases, at(field), problems);
  }
}
