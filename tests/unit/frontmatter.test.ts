import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/errors';
import { checkFrontmatter } from '../../src/lib/frontmatter';

const page = (fm: string) => ({ path: 'technologies/x.mdx', src: `---\n${fm}\n---\n\nBody.` });
const messages = (docs: { path: string; src: string }[]) => checkFrontmatter(docs).map(formatProblem);

describe('checkFrontmatter', () => {
  it('accepts a complete front matter', () => {
    expect(messages([page('title: X\ndescription: About X.\npageKind: technology')])).toEqual([]);
  });

  it('names a missing field', () => {
    expect(messages([page('description: About X.\npageKind: technology')])).toEqual([
      'content/docs/technologies/x.mdx: field "title": is missing',
    ]);
  });

  it('reports broken YAML with its line in the file', () => {
    expect(messages([page('title: [unclosed\ndescription: d\npageKind: technology')])[0]).toMatch(
      /^content\/docs\/technologies\/x\.mdx: line \d+: front matter is not valid YAML/,
    );
  });

  it('reports a page with no front matter at all', () => {
    expect(messages([{ path: 'a.mdx', src: '# Just text' }])).toEqual([
      'content/docs/a.mdx: has no front matter (a block between --- lines at the top)',
    ]);
  });

  it('reports a field of the wrong type', () => {
    expect(messages([page('title: [a, b]\ndescription: d\npageKind: technology')])).toEqual([
      'content/docs/technologies/x.mdx: field "title": has the wrong type or is empty',
    ]);
  });
});
