import { describe, expect, it } from 'vitest';
import { buildAtlas } from '../../src/lib/atlas';
import { ContentError } from '../../src/lib/errors';
import { bib, validFiles } from './fixtures';

/** Builds an atlas and returns the ContentError message it throws, or '' if none. */
function problemsOf(files: Record<string, string | undefined>, bibSrc = bib): string {
  try {
    buildAtlas(files, bibSrc);
    return '';
  } catch (e) {
    expect(e).toBeInstanceOf(ContentError);
    return (e as Error).message;
  }
}

describe('buildAtlas', () => {
  it('accepts valid content and indexes the bibliography', () => {
    const atlas = buildAtlas(validFiles(), bib);
    expect(atlas.technologies.map((t) => t.id)).toEqual(['kvm', 'xen']);
    expect(atlas.bibByKey.get('barham2003xen')?.fields.title).toBe('Xen and the Art of Virtualization');
    expect(atlas.referents.termIds.has('dom0')).toBe(true);
  });

  it('fails on an unknown citation key, naming file, entry and key', () => {
    const files = {
      ...validFiles(),
      'timeline.yaml': validFiles()['timeline.yaml']!.replace('[kernelnewbies2620]', '[nosuch2001]'),
    };
    expect(problemsOf(files)).toContain(
      'content/data/timeline.yaml: entry "kvm-merge", field "sources[0]": unknown citation key "nosuch2001"',
    );
  });

  it('fails on an unknown technology id', () => {
    const files = {
      ...validFiles(),
      'timeline.yaml': validFiles()['timeline.yaml']!.replace('systems: [kvm]', 'systems: [vmware]'),
    };
    expect(problemsOf(files)).toContain(
      'entry "kvm-merge", field "systems[0]": unknown technology id "vmware"',
    );
  });

  it('fails on a reference to a glossary term that does not exist', () => {
    const matrix = `
- id: cpu-method
  group: cpu
  label: CPU method
  description: How guest kernel code runs.
  terms: [vmcs]
  cells: [{ system: kvm, value: VT-x, status: 'yes', sources: [kernelnewbies2620] }]
`;
    const msg = problemsOf({ ...validFiles(), 'matrix.yaml': matrix });
    expect(msg).toContain('content/data/matrix.yaml: entry "cpu-method"');
    expect(msg).toContain('unknown glossary term "vmcs"');
  });

  it('fails on a duplicate id', () => {
    const dup = validFiles()['facts.yaml']! + validFiles()['facts.yaml']!;
    expect(problemsOf({ ...validFiles(), 'facts.yaml': dup })).toContain(
      'content/data/facts.yaml: entry "kvm-merged-version", field "id": duplicate id "kvm-merged-version"',
    );
  });

  it('fails on a duplicate citation key in the bibliography', () => {
    expect(problemsOf(validFiles(), bib + bib)).toContain('duplicate id "barham2003xen"');
  });

  it('fails on a field of the wrong type, naming the field', () => {
    const files = {
      ...validFiles(),
      'technologies.yaml': validFiles()['technologies.yaml']!.replace(
        'kind: hypervisor',
        'kind: [hypervisor]',
      ),
    };
    const msg = problemsOf(files);
    expect(msg).toContain('content/data/technologies.yaml: entry "kvm", field "kind"');
  });

  it('fails on malformed YAML with the file name', () => {
    expect(problemsOf({ ...validFiles(), 'glossary.yaml': '- id: [unclosed' })).toMatch(
      /content\/data\/glossary\.yaml: is not valid YAML/,
    );
  });

  it('fails when a required data file is missing', () => {
    expect(problemsOf({ ...validFiles(), 'facts.yaml': undefined })).toContain(
      'content/data/facts.yaml: is missing',
    );
  });

  it('reports a dated entry with a wrong date format', () => {
    const files = {
      ...validFiles(),
      'timeline.yaml': validFiles()['timeline.yaml']!.replace("'2007-02'", "'Feb 2007'"),
    };
    expect(problemsOf(files)).toContain('field "date": must be YYYY, YYYY-MM or YYYY-MM-DD');
  });
});
