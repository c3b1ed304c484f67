import type { z } from 'zod';

/** One problem found in the content, located by file, entry and field. */
export interface ContentProblem {
  file: string;
  entry?: string;
  field?: string;
  message: string;
}

/** Renders a problem as one line: `file: entry "id", field "x": message`. */
export function formatProblem(p: ContentProblem): string {
  const where = [p.entry && `entry "${p.entry}"`, p.field && `field "${p.field}"`].filter(Boolean);
  return `${p.file}: ${where.length ? `${where.join(', ')}: ` : ''}${p.message}`;
}

/** Thrown when content fails validation; the message lists every problem, one per line. */
export class ContentError extends Error {
  constructor(readonly problems: ContentProblem[]) {
    super(
      `Content check failed with ${problems.length} problem(s):\n` +
        problems.map((p) => `  - ${formatProblem(p)}`).join('\n'),
    );
    this.name = 'ContentError';
  }
}

/** Turns a zod issue path into the dotted field name readers see (`sources[0]`). */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('');
}

/** Converts zod issues for one entry into located problems. */
export function zodProblems(file: string, entry: string, error: z.ZodError): ContentProblem[] {
  return error.issues.map((issue) => ({
    file,
    entry,
    field: fieldPath(issue.path) || undefined,
    message: issue.message,
  }));
}
