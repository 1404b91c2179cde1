/** A URL- and id-safe slug of ASCII text, or undefined when nothing ASCII is left. */
export function slugify(text: string): string | undefined {
  const slug = text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  return slug === '' ? undefined : slug.slice(0, 64).replace(/-+$/, '')
}
