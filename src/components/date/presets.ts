/** The date presets with their dates resolved: a fixed day, a timeline event's date, or today. */
import type { AtlasData } from '../../lib/data-kinds';

/** A preset ready to show. */
export interface ResolvedPreset {
  id: string;
  label: string;
  date: string;
  snapshot: boolean;
}

/** Resolves every preset of content/data/date-presets.yaml against the timeline and today. */
export function resolvePresets(
  data: Pick<AtlasData, 'datePresets' | 'timeline'>,
  today: string,
): ResolvedPreset[] {
  return data.datePresets.map((p) => {
    const event = p.event ? data.timeline.find((e) => e.id === p.event) : undefined;
    return { id: p.id, label: p.label, date: p.date ?? event?.date ?? today, snapshot: p.snapshot };
  });
}
