import { describe, expect, it } from 'vitest';
import { EscapeSchema } from '../../src/schemas/escape';

/** A valid entry, to be spoiled one field at a time. */
const venom = {
  id: 'cve-2015-3456',
  cve: 'CVE-2015-3456',
  xsa: 'XSA-133',
  name: 'VENOM',
  title: 'Floppy disk controller buffer overflow in QEMU',
  date: '2015-05-13',
  systems: ['qemu', 'kvm', 'xen'],
  layer: 'device-model',
  impact: 'escape',
  fixedIn: ['QEMU 2.3.1'],
  summary:
    'A guest could overflow a buffer in the emulated floppy controller and run code in the device model.',
  sources: ['xsa133'],
  evidence: [{ source: 'xsa133', quote: 'Xen Security Advisory CVE-2015-3456 / XSA-133', locator: 'header' }],
};

/** The messages of a failed parse, as `path: message` lines. */
function problems(raw: unknown): string[] {
  const r = EscapeSchema.safeParse(raw);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('EscapeSchema', () => {
  it('accepts a complete entry, and an entry without evidence defaults to none', () => {
    expect(problems(venom)).toEqual([]);
    const { evidence: _evidence, ...bare } = venom;
    expect(EscapeSchema.parse(bare).evidence).toEqual([]);
  });

  it('rejects a malformed CVE id', () => {
    expect(problems({ ...venom, cve: 'CVE-15-3456' })).toContain('cve: must look like CVE-2015-3456');
    expect(problems({ ...venom, id: 'venom' }).join('\n')).toContain('id: must be a lowercase CVE id');
  });

  it('rejects an id that does not match its CVE, and a CVE id without its cve field', () => {
    expect(problems({ ...venom, id: 'cve-2015-3457' })).toContain(
      'id: must be "cve-2015-3456", the entry\'s CVE id in lowercase',
    );
    const { cve: _cve, ...noCve } = venom;
    expect(problems(noCve)).toContain('cve: is missing: the id names CVE-2015-3456');
  });

  it('accepts an xsa-NNN id only with the matching XSA number', () => {
    const { cve: _cve, ...noCve } = venom;
    expect(problems({ ...noCve, id: 'xsa-133' })).toEqual([]);
    expect(problems({ ...noCve, id: 'xsa-133', xsa: 'XSA-134' })).toContain(
      'xsa: must be "XSA-133", as the id says',
    );
    expect(problems({ ...venom, xsa: 'xsa133' })).toContain('xsa: must look like XSA-133');
  });

  it('rejects an unknown layer and an unknown impact', () => {
    expect(problems({ ...venom, layer: 'firmware' }).some((p) => p.startsWith('layer:'))).toBe(true);
    expect(problems({ ...venom, impact: 'remote-code-execution' }).some((p) => p.startsWith('impact:'))).toBe(
      true,
    );
  });

  it('rejects an entry without a source', () => {
    expect(problems({ ...venom, sources: [] })).toContain('sources: needs at least one source');
    const { sources: _sources, ...noSources } = venom;
    expect(problems(noSources).some((p) => p.startsWith('sources:'))).toBe(true);
  });

  it('rejects an entry without systems or fixed versions, or with a repeated system', () => {
    expect(problems({ ...venom, systems: [] })).toContain('systems: needs at least one affected system');
    expect(problems({ ...venom, fixedIn: [] })).toContain('fixedIn: needs at least one fixed version');
    expect(problems({ ...venom, systems: ['qemu', 'qemu'] })).toContain('systems.1: duplicate system "qemu"');
  });
});
