/** The handbook's MDX pages on disk (build time): every .md/.mdx file under a folder, as full paths. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

export function mdxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? mdxFiles(join(dir, e.name)) : /\.mdx?$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}
