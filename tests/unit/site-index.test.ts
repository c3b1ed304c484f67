import { describe, expect, it } from 'vitest';
import { diagramManifests } from '../../src/diagrams/manifests';
import { importedFolders } from '../../src/lib/site-index';
import { dataKinds } from '../../src/lib/data-kinds';

describe('importedFolders', () => {
  it('finds diagram and component folders through the alias, src/ paths and relative paths, in either quotes', () => {
    const src = [
      "import Matrix from '~/diagrams/matrix/Matrix.astro';",
      'import Stack from "~/diagrams/stack/StackExplorer.astro";',
      "import Glossary from '../../src/components/glossary/Glossary.astro';",
      "import Record from '../../../diagrams/matrix/MatrixRecord.astro';",
      "import { x } from 'astro:content';",
      "text that says import y from '~/diagrams/path/x.astro' is not an import",
    ].join('\n');
    expect(importedFolders(src).sort()).toEqual([
      'src/components/glossary',
      'src/diagrams/matrix',
      'src/diagrams/stack',
    ]);
  });
});

describe('diagram manifests', () => {
  it('exist for every diagram folder and name only registered data kinds', () => {
    const manifests = diagramManifests();
    expect(manifests.get('src/diagrams/matrix')?.diagram).toBe('matrix');
    for (const [folder, m] of manifests)
      for (const kind of m.data) expect(Object.keys(dataKinds), `${folder}: ${kind}`).toContain(kind);
  });
});
