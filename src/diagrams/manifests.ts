/**
 * Every diagram's manifest, found by folder: `src/diagrams/<folder>/manifest.ts` (and the data
 * components under src/components/<folder>/). A folder with an .astro component but no manifest
 * fails the build, so a new diagram cannot be forgotten by the "cited on" index or the tests.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../lib/atlas';
import type { DiagramManifest } from './manifest-types';

const manifests = import.meta.glob<DiagramManifest>(['./*/manifest.ts', '../components/*/manifest.ts'], {
  eager: true,
  import: 'manifest',
});
/**
 * Component files by folder, listed from disk: an import.meta.glob of the .astro files, even a lazy
 * one, would make every page that reads the manifests load every diagram's stylesheet.
 */
function componentFolders(): string[] {
  const under = (dir: string) =>
    readdirSync(join(projectRoot, dir), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .filter((d) => readdirSync(join(projectRoot, dir, d.name)).some((f) => f.endsWith('.astro')))
      .map((d) => `${dir}/${d.name}`);
  return [...under('src/diagrams'), 'src/components/glossary'];
}

/** The folder a manifest or component path belongs to: `src/diagrams/matrix`. */
const folderOf = (path: string) =>
  path
    .replace(/^\.\//, 'src/diagrams/')
    .replace(/^\.\.\//, 'src/')
    .replace(/\/[^/]+$/, '');

/** The manifests by folder (`src/diagrams/matrix`); throws naming any folder that lacks one. */
export function diagramManifests(): Map<string, DiagramManifest> {
  const byFolder = new Map(Object.entries(manifests).map(([p, m]) => [folderOf(p), m]));
  const missing = componentFolders().filter((f) => f !== 'src/diagrams/shared' && !byFolder.has(f));
  if (missing.length)
    throw new Error(
      `${missing.join(', ')}: no manifest.ts: add one naming the diagram and the data it renders`,
    );
  return byFolder;
}
