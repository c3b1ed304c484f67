/**
 * Sources that nothing cites: a bibliography entry that no page and no data entry (sources or
 * evidence) refers to is clutter, and usually a sign that a claim was cut but its source kept.
 */
import type { Atlas } from './atlas';
import { extractCiteKeys } from './citations';
import { collectSourceKeys } from './citing-pages';
import { dataKinds } from './data-kinds';
import type { ContentProblem } from './errors';

/** Reports every bibliography entry cited by no page and no data entry. */
export function uncitedSources(atlas: Atlas, docs: readonly { src: string }[]): ContentProblem[] {
  const cited = new Set(docs.flatMap((d) => extractCiteKeys(d.src)));
  for (const kind of Object.keys(dataKinds) as (keyof typeof dataKinds)[])
    for (const k of collectSourceKeys(atlas[kind])) cited.add(k);
  return atlas.bibliography
    .filter((b) => !cited.has(b.key))
    .map((b) => ({ file: b.file, entry: b.key, message: 'is cited nowhere: cite it or remove it' }));
}
