/**
 * The isolation model for build-time components and exports, built once per content change from
 * the atlas (src/lib/atlas.ts caches the atlas itself). Not for the browser: it reads the disk.
 */
import { loadAtlas } from '../../lib/atlas';
import { buildIsolationModel, type IsolationModel } from './model';

let cache: { atlas: unknown; model: IsolationModel } | undefined;

/** The model of the current content. */
export function loadIsolation(): IsolationModel {
  const atlas = loadAtlas();
  if (cache?.atlas !== atlas) cache = { atlas, model: buildIsolationModel(atlas) };
  return cache.model;
}

/** The years the explorer's axis and filters span: from the first escape's five-year mark to the year of the build. */
export function isolationYears(model: IsolationModel, today: string): [number, number] {
  const first = Number(model.escapes[0]?.date.slice(0, 4) ?? today.slice(0, 4));
  return [first - (first % 5), Number(today.slice(0, 4))];
}
