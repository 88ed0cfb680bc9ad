/**
 * The packages behind `lfp report` (KaTeX, Vega, Vega-Lite), loaded on
 * first use: `lfp derive` and the library never load them, and where
 * they are not installed the report fails with a message that names them.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { LfpError } from '../errors.js';

const REPORT_PACKAGES = 'katex, vega and vega-lite';

/** Imports a report package, or fails with an error that names the install command. */
export async function loadPackage<T>(
  name: string,
  importer: () => Promise<T>,
): Promise<T> {
  try {
    return await importer();
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code !== 'ERR_MODULE_NOT_FOUND') throw err;
    throw new LfpError(
      `the package ${name} is not installed; lfp report needs ` +
        `${REPORT_PACKAGES}: run npm install katex vega vega-lite`,
    );
  }
}

/**
 * The absolute path of a file next to a package's main entry: KaTeX
 * exports no stylesheet or fonts, but ships them beside katex.js.
 */
export function besideMainEntry(name: string, file: string): string {
  const main = createRequire(import.meta.url).resolve(name);
  return join(dirname(main), file);
}
