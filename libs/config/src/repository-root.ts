import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The folder holding the project's package.json: the repository when run from the sources
 * (ts-node, jest) and from `nest build`'s output in dist/, and /app in the container image.
 * Found by walking up from this file, so it does not depend on the working directory.
 */
export function repositoryRoot(from: string = __dirname): string {
  for (let folder = from; ; folder = dirname(folder)) {
    if (existsSync(join(folder, 'package.json'))) return folder;
    if (dirname(folder) === folder) return process.cwd();
  }
}

/** Where `npm run build:web` writes the web application, and where the API serves it from by default. */
export const DEFAULT_WEB_ROOT = join(repositoryRoot(), 'dist', 'web');
