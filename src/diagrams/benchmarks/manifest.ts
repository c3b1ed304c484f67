import type { DiagramManifest } from '../manifest-types';
/** The published-benchmarks charts. */
export const manifest: DiagramManifest = { diagram: 'benchmarks', data: ['benchmarks'] };
