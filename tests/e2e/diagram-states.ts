import type { Page } from '@playwright/test';

/** One state of a diagram: a name for messages and the query that shows it. */
export interface DiagramState {
  label: string;
  query: string;
}

/** A diagram whose every state the label check visits. */
export interface DiagramStates {
  /** The diagram's `data-diagram` name. */
  name: string;
  /** A page that shows it. */
  page: string;
  /** Reads the states from the diagram as rendered on `page` (already loaded). */
  states: (page: Page) => Promise<DiagramState[]>;
}

/**
 * The stack explorer: every system alone, and beside its compare partner, each at a date when it
 * existed (its first release; the later of the two in compare mode).
 */
async function stackStates(page: Page): Promise<DiagramState[]> {
  const systems = await page.locator('[data-diagram="stack"] input[type=radio]').evaluateAll((els) =>
    (els as HTMLInputElement[]).map((r) => ({
      id: r.value,
      first: r.dataset.first,
      partner: r.dataset.partner!,
    })),
  );
  const firstOf = new Map(systems.map((s) => [s.id, s.first]));
  const at = (...ids: string[]) => {
    const dates = ids
      .map((id) => firstOf.get(id))
      .filter(Boolean)
      .sort();
    return dates.length ? `&at=${dates.at(-1)}` : '';
  };
  return systems.flatMap((s) => [
    { label: `system=${s.id}`, query: `?stack=${s.id}${at(s.id)}` },
    {
      label: `system=${s.id} compared with ${s.partner}`,
      query: `?stack=${s.id}&stack-vs=${s.partner}${at(s.id, s.partner)}`,
    },
  ]);
}

/** The privilege-modes diagram: every configuration. */
async function ringsStates(page: Page): Promise<DiagramState[]> {
  const ids = await page
    .locator('[data-diagram="rings"] input[type=radio]')
    .evaluateAll((els) => (els as HTMLInputElement[]).map((r) => r.value));
  return ids.map((id) => ({ label: `config=${id}`, query: `?rings=${id}` }));
}

/** The diagrams whose labels tests/e2e/labels.spec.ts measures: add one here to check it too. */
export const labelledDiagrams: DiagramStates[] = [
  { name: 'stack', page: '/', states: stackStates },
  { name: 'rings', page: '/concepts/cpu-virtualization/', states: ringsStates },
];
