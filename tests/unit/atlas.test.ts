import { describe, expect, it } from 'vitest';
import { buildAtlas } from '../../src/lib/atlas';
import { ContentError } from '../../src/lib/errors';
import { bib, validFiles } from './fixtures';

/** Builds an atlas and returns the ContentError message it throws, or '' if none. */
function problemsOf(files: Record<string, string | undefined>, bibSrc = bib): string {
  try {
    buildAtlas({ ...files, 'references/test.bib': bibSrc }, { strict: true });
    return '';
  } catch (e) {
    expect(e).toBeInstanceOf(ContentError);
    return (e as Error).message;
  }
}

describe('buildAtlas', () => {
  it('accepts valid content and indexes the bibliography', () => {
    const atlas = buildAtlas(validFiles());
    expect(atlas.technologies.map((t) => t.id)).toEqual(['kvm', 'xen']);
    expect(atlas.bibByKey.get('barham2003xen')?.fields.title).toBe('Xen and the Art of Virtualization');
    expect(atlas.referents.termIds.has('dom0')).toBe(true);
  });

  it('fails on an unknown citation key, naming file, entry and key', () => {
    const files = {
      ...validFiles(),
      'data/timeline.yaml': validFiles()['data/timeline.yaml']!.replace(
        '[kernelnewbies2620]',
        '[nosuch2001]',
      ),
    };
    expect(problemsOf(files)).toContain(
      'content/data/timeline.yaml: entry "kvm-merge", field "sources[0]": unknown citation key "nosuch2001"',
    );
  });

  it('fails on an unknown technology id', () => {
    const files = {
      ...validFiles(),
      'data/timeline.yaml': validFiles()['data/timeline.yaml']!.replace(
        'systems: [kvm]',
        'systems: [vmware]',
      ),
    };
    expect(problemsOf(files)).toContain(
      'entry "kvm-merge", field "systems[0]": unknown technology id "vmware"',
    );
  });

  it('fails on a reference to a glossary term that does not exist', () => {
    const dimensions = `
- id: cpu-method
  group: cpu
  label: CPU method
  description: How guest kernel code runs.
  terms: [vmcs]
`;
    const msg = problemsOf({ ...validFiles(), 'data/dimensions.yaml': dimensions });
    expect(msg).toContain('content/data/dimensions.yaml: entry "cpu-method"');
    expect(msg).toContain('unknown glossary term "vmcs"');
  });

  const dimensions = `
- { id: cpu-method, group: cpu, label: CPU method, description: How guest kernel code runs. }
- { id: io-method, group: io, label: I/O method, description: How guest devices are reached. }
`;
  const kvmCells = `
- { dimension: cpu-method, value: VT-x, status: 'yes', sources: [kernelnewbies2620] }
- { dimension: io-method, value: QEMU, status: 'yes', sources: [kernelnewbies2620] }
`;

  it('joins dimensions with the cells of each system file, system taken from the file name', () => {
    const atlas = buildAtlas({
      ...validFiles(),
      'data/dimensions.yaml': dimensions,
      'data/cells/kvm.yaml': kvmCells,
    });
    expect(atlas.matrix.map((d) => d.cells.map((c) => `${c.system}/${c.dimension}`))).toEqual([
      ['kvm/cpu-method'],
      ['kvm/io-method'],
    ]);
  });

  it('fails when a system file lacks a dimension, naming the file and dimension', () => {
    const msg = problemsOf({
      ...validFiles(),
      'data/dimensions.yaml': dimensions,
      'data/cells/kvm.yaml': kvmCells.split('\n').slice(0, 2).join('\n'),
    });
    expect(msg).toContain(
      'content/data/cells/kvm.yaml: entry "io-method": has no cell for dimension "io-method"',
    );
  });

  it('fails on a cell whose history runs past the state that follows it', () => {
    const cells = `
- dimension: cpu-method
  value: VT-x
  status: 'yes'
  since: { date: '2008' }
  sources: [kernelnewbies2620]
  evidence: [{ source: kernelnewbies2620, quote: 'in 2008 it changed', locator: 'top' }]
  history:
    - { value: none, status: 'no', since: { date: '2006' }, until: { date: '2009' }, sources: [kernelnewbies2620], evidence: [{ source: kernelnewbies2620, quote: 'in 2006 there was none', locator: 'top' }] }
- { dimension: io-method, value: QEMU, status: 'yes', sources: [kernelnewbies2620] }
`;
    const msg = problemsOf({
      ...validFiles(),
      'data/dimensions.yaml': dimensions,
      'data/cells/kvm.yaml': cells,
    });
    expect(msg).toContain(
      'entry "cpu-method", field "history[0].until.date": runs past the next state, which begins 2008',
    );
  });

  it('fails on a duplicate id', () => {
    const dup = validFiles()['data/facts.yaml']! + validFiles()['data/facts.yaml']!;
    expect(problemsOf({ ...validFiles(), 'data/facts.yaml': dup })).toContain(
      'content/data/facts.yaml: entry "kvm-merged-version", field "id": duplicate id "kvm-merged-version"',
    );
  });

  it('fails on a duplicate citation key in the bibliography', () => {
    expect(problemsOf(validFiles(), bib + bib)).toContain('duplicate id "barham2003xen"');
  });

  it('fails on a field of the wrong type, naming the field', () => {
    const files = {
      ...validFiles(),
      'data/technologies.yaml': validFiles()['data/technologies.yaml']!.replace(
        'kind: hypervisor',
        'kind: [hypervisor]',
      ),
    };
    const msg = problemsOf(files);
    expect(msg).toContain('content/data/technologies.yaml: entry "kvm", field "kind"');
  });

  it('fails on malformed YAML with the file name', () => {
    expect(problemsOf({ ...validFiles(), 'data/glossary.yaml': '- id: [unclosed' })).toMatch(
      /content\/data\/glossary\.yaml: is not valid YAML/,
    );
  });

  it('fails when a required data file is missing', () => {
    expect(problemsOf({ ...validFiles(), 'data/facts.yaml': undefined })).toContain(
      'content/data/facts.yaml: is missing',
    );
  });

  it('reports a dated entry with a wrong date format', () => {
    const files = {
      ...validFiles(),
      'data/timeline.yaml': validFiles()['data/timeline.yaml']!.replace("'2007-02'", "'Feb 2007'"),
    };
    expect(problemsOf(files)).toContain('field "date": must be YYYY, YYYY-MM or YYYY-MM-DD');
  });
});
