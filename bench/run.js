// Runs every benchmark in this folder (files named *.bench.js), one
// after the other, each in its own Node process so that caches and JIT
// state of one do not affect the next. Expects `npm run build` first.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const folder = dirname(fileURLToPath(import.meta.url));
const files = readdirSync(folder).filter((name) => name.endsWith('.bench.js')).sort();
let failed = 0;
for (const name of files) {
  console.log(`\n== ${name}`);
  const run = spawnSync(process.execPath, [join(folder, name)], { stdio: 'inherit' });
  if (run.status !== 0) {
    failed += 1;
    console.error(`${name} failed with exit code ${run.status}`);
  }
}
process.exitCode = failed === 0 ? 0 : 1;
