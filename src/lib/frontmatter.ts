import { load as loadYaml } from 'js-yaml';
import type { ContentProblem } from './errors';

/** Front-matter fields every page must have, with what each must be. */
const required: Record<string, (v: unknown) => boolean> = {
  title: (v) => typeof v === 'string' && v.trim().length > 0,
  description: (v) => typeof v === 'string' && v.trim().length > 0,
  pageKind: (v) => typeof v === 'string',
};

/**
 * Checks each page's front matter before Astro parses it, so that a missing block, broken YAML or a
 * missing field is reported as `file: field "x": message`, like every other content problem.
 * (Astro's own schema check runs afterwards and covers the rest of the shape.)
 */
export function checkFrontmatter(docs: readonly { path: string; src: string }[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const { path, src } of docs) {
    const file = `content/docs/${path}`;
    const match = /^---\r?\n([\s\S]*?)\r?\n---(\r?\n|$)/.exec(src);
    if (!match) {
      problems.push({ file, message: 'has no front matter (a block between --- lines at the top)' });
      continue;
    }
    let data: unknown;
    try {
      data = loadYaml(match[1]!);
    } catch (e) {
      const mark = (e as { mark?: { line: number } }).mark;
      const where = mark ? `line ${mark.line + 2}: ` : '';
      problems.push({
        file,
        message: `${where}front matter is not valid YAML: ${(e as { reason?: string }).reason ?? 'syntax error'}`,
      });
      continue;
    }
    if (!data || typeof data !== 'object') {
      problems.push({ file, message: 'front matter must be a set of fields' });
      continue;
    }
    for (const [field, ok] of Object.entries(required)) {
      const value = (data as Record<string, unknown>)[field];
      if (value === undefined) problems.push({ file, field, message: 'is missing' });
      else if (!ok(value)) problems.push({ file, field, message: 'has the wrong type or is empty' });
    }
  }
  return problems;
}
