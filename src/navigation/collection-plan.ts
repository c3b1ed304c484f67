/**
 * The navigation plan at render time, from the docs content collection: the same planSections that
 * builds the sidebar, fed with the front matter Astro has parsed and validated.
 */
import { getCollection } from 'astro:content';
import { navTechnologies } from './config-plan';
import { planSections, type SectionPlan } from './plan';

/** The site's sections planned from the content collection. */
export async function planFromCollection(): Promise<SectionPlan[]> {
  const entries = await getCollection('docs', (e) => !e.data.sidebar?.hidden);
  const pages = entries.map((e) => ({
    slug: e.id,
    title: e.data.title,
    description: e.data.description ?? '',
    technologies: e.data.technologies,
    order: e.data.sidebar?.order,
    file: e.filePath,
  }));
  return planSections(pages, navTechnologies());
}
