/**
 * The stack explorer's systems as the build renders them: each with its lifespan, its partner in
 * compare mode and a unique name for every block. Checks the references that the atlas's generic
 * checks cannot know about (`compareWith` names another stack system).
 */
import { compareDates, type Lifespan } from '../../lib/at-date';
import type { Atlas } from '../../lib/atlas';
import { ContentError, type ContentProblem } from '../../lib/errors';
import type { StackSystem } from '../../schemas/stack';
import { lifespanOf } from '../matrix/model';
import type { SystemLite } from './model';

/** A system ready to render: its data, its lifespan and partner, and its blocks' names. */
export interface ExplorerSystem extends SystemLite {
  system: StackSystem;
  /** A name for each block key, unique within the system (the label, qualified if repeated). */
  names: Map<string, string>;
}

/**
 * When a system as drawn existed: its technology's lifespan, starting no earlier than the
 * timeline event in `since` (content/data/timeline.yaml) where there is one.
 */
export function systemSpan(
  s: StackSystem,
  atlas: Pick<Atlas, 'technologies' | 'timeline'>,
): Lifespan | undefined {
  const span = lifespanOf(atlas.technologies.find((t) => t.id === s.technology));
  const event = s.since && atlas.timeline.find((e) => e.id === s.since!.event);
  if (!event) return span;
  return { ...span, first: span && compareDates(span.first, event.date) > 0 ? span.first : event.date };
}

/**
 * Names every block: its label, and where a label repeats within the system, the column it stands
 * in ("Guest applications, guest 1"), so that no two controls read the same.
 */
export function blockNames(s: StackSystem): Map<string, string> {
  const count = new Map<string, number>();
  for (const b of s.blocks) count.set(b.label, (count.get(b.label) ?? 0) + 1);
  return new Map(
    s.blocks.map((b) => [
      b.key,
      count.get(b.label)! > 1
        ? `${b.label}, ${b.col === 0 ? 'host' : `${s.unit ?? 'guest'} ${b.col}`}`
        : b.label,
    ]),
  );
}

/** The explorer's systems, in the atlas's order; throws on a `compareWith` that names no system. */
export function explorerSystems(atlas: Atlas): ExplorerSystem[] {
  const ids = atlas.stack.map((s) => s.id);
  const problems: ContentProblem[] = [];
  const systems = atlas.stack.map((s, i): ExplorerSystem => {
    if (s.compareWith && !ids.includes(s.compareWith))
      problems.push({
        file: atlas.origin.get(s) ?? 'content/data/stack.yaml',
        entry: s.id,
        field: 'compareWith',
        message: `unknown stack system "${s.compareWith}" (known: ${ids.join(', ')})`,
      });
    return {
      id: s.id,
      label: s.label,
      span: systemSpan(s, atlas),
      partner: s.compareWith ?? ids[(i + 1) % ids.length]!,
      system: s,
      names: blockNames(s),
    };
  });
  if (problems.length) throw new ContentError(problems);
  return systems;
}
