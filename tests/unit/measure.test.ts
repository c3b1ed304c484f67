import { describe, expect, it } from 'vitest';
import { FONT_MARGIN, fitsWidth, textWidth, wrapToWidth } from '../../src/diagrams/shared/measure';

describe('textWidth', () => {
  it("estimates from Arial's advance widths, plus a margin for wider fonts", () => {
    // "Guest applications" is 8226/1000 em wide in Arial (Liberation Sans measures 102.8 px at 12.5 px).
    expect(textWidth('Guest applications', 12.5)).toBeCloseTo(8.226 * 12.5 * FONT_MARGIN, 5);
    expect(textWidth('m', 10, true)).toBeGreaterThan(textWidth('m', 10));
  });
});

describe('wrapToWidth', () => {
  it('breaks at spaces so that every line fits', () => {
    const lines = wrapToWidth('Ring 0: Xen; guest kernels ring 1 (32-bit) or 3 (64-bit)', 120, 12);
    expect(lines.join(' ')).toBe('Ring 0: Xen; guest kernels ring 1 (32-bit) or 3 (64-bit)');
    expect(fitsWidth(lines, 120, 12)).toBe(true);
  });

  it('breaks a word too wide for the line after a hyphen, and keeps it whole when it cannot', () => {
    expect(wrapToWidth('kvm-intel.ko', 50, 12)).toEqual(['kvm-', 'intel.ko']);
    const lines = wrapToWidth('virtualization', 40, 12);
    expect(lines).toEqual(['virtualization']);
    expect(fitsWidth(lines, 40, 12)).toBe(false);
  });

  it('balances the lines, and starts a line with a final parenthesis where that costs no line', () => {
    expect(wrapToWidth('VMX non-root (guest mode)', 120, 12, true)).toEqual(['VMX non-root', '(guest mode)']);
    expect(wrapToWidth('dom0 user space (toolstack)', 110, 12)).toEqual(['dom0 user space', '(toolstack)']);
    expect(wrapToWidth('Hypervisor or host kernel', 110, 11.5)).toEqual(['Hypervisor or', 'host kernel']);
  });
});
