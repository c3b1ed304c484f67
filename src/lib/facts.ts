/**
 * Resolves the shared facts: a fact written with `from` takes its value, sources and evidence
 * from the technology event it names, so a merge version or a first release is written once, in
 * technologies.yaml.
 */
import type { Evidence } from '../schemas/common';
import type { Fact, FactEntry } from '../schemas/fact';
import type { Technology } from '../schemas/technology';
import type { ContentProblem } from './errors';

/** A dated event of a technology, as a fact can name it. */
interface EventLike {
  version?: string;
  date?: string;
  sources: string[];
  evidence: Evidence[];
}

/** The event of a technology a fact names: first, last, merged, removed, or a milestone id. */
export function technologyEvent(t: Technology, event: string): EventLike | undefined {
  if (event === 'first') return { date: t.dates.first, sources: t.dates.sources, evidence: t.dates.evidence };
  if (event === 'last')
    return t.dates.last
      ? { date: t.dates.last, sources: t.dates.sources, evidence: t.dates.evidence }
      : undefined;
  if (event === 'merged') return t.upstream.merged;
  if (event === 'removed') return t.upstream.removed;
  return t.upstream.milestones.find((m) => m.id === event);
}

/** Resolves every fact; a reference that leads nowhere is reported in `problems`. */
export function resolveFacts(
  facts: readonly FactEntry[],
  technologies: readonly Technology[],
  problems: ContentProblem[],
): Fact[] {
  const byId = new Map(technologies.map((t) => [t.id, t]));
  return facts.flatMap((f) => {
    if (!f.from) return [f as Fact];
    const where = { file: 'content/data/facts.yaml', entry: f.id, field: 'from' };
    const t = byId.get(f.from.technology);
    const ev = t && technologyEvent(t, f.from.milestone);
    const value =
      ev &&
      (f.from.field === 'version' ? ev.version : f.from.field === 'year' ? ev.date?.slice(0, 4) : ev.date);
    if (!ev || !value) {
      problems.push({
        ...where,
        message: `names no ${f.from.field} of event "${f.from.milestone}" of technology "${f.from.technology}"`,
      });
      return [];
    }
    return [{ ...f, value, sources: ev.sources, evidence: ev.evidence }];
  });
}
