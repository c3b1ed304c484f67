/** The words the privilege-modes diagram prints for its modes, in the drawing and in the lists. */

/** A column of the drawing: VMX root (or plain) operation, or VMX non-root. */
export type RingMode = 'host' | 'guest';

/** A column's heading: what the mode is called, or that it is not in use. */
export function ringModeLabel(mode: RingMode, hardwareAssist: boolean): string {
  if (mode === 'guest') return hardwareAssist ? 'VMX non-root (guest mode)' : 'Guest mode: unused';
  return hardwareAssist ? 'VMX root (host mode)' : 'No hardware assist: one set of rings';
}

/** Where a component runs, as the list beside the drawing says it. */
export function ringModeName(mode: RingMode, hardwareAssist: boolean): string {
  if (mode === 'guest') return 'VMX non-root (guest mode)';
  return hardwareAssist ? 'VMX root (host mode)' : 'No hardware assist';
}
