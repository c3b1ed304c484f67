/** The site's navigation, grouped the way readers approach the subject. */
const group = (label: string, directory: string) => ({ label, items: [{ autogenerate: { directory } }] });

export const sidebar = [
  { label: 'Start here', link: '/' },
  group('Technologies', 'technologies'),
  group('Concepts', 'concepts'),
  group('History', 'history'),
  group('Compare', 'compare'),
  group('Reference', 'reference'),
];
