/**
 * `npm pack` gives a package that installs into an empty folder, where
 * `npx lfp derive gelu` runs and `import { derive } from 'lfp-toolkit'`
 * works. npm fetches the dependencies from its cache or the registry.
 * This is the suite's slowest test (about a minute: the pack builds the
 * package with tsc, and npm installs it).
 */
import { afterAll, expect, test } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'lfp-pack-'));

afterAll(() => rmSync(work, { recursive: true, force: true }));

function run(cmd: string, args: string[], cwd: string): string {
  return execFileSync(cmd, args, {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 150000,
    env: {
      ...process.env,
      npm_config_update_notifier: 'false',
      npm_config_fund: 'false',
    },
  });
}

test('packed package installs and runs', () => {
  const packed = JSON.parse(
    run('npm', ['pack', '--json', '--pack-destination', work], ROOT),
  );
  const tarball = join(work, packed[0].filename as string);
  expect(existsSync(tarball)).toBe(true);

  const app = join(work, 'app');
  mkdirSync(app);
  writeFileSync(
    join(app, 'package.json'),
    JSON.stringify({ name: 'lfp-pack-check', private: true, type: 'module' }),
  );
  run('npm', ['install', '--no-audit', '--prefer-offline', tarball], app);

  const cli = run('npx', ['--no-install', 'lfp', 'derive', 'gelu'], app);
  expect(cli).toMatch(/^activation\s+gelu$/m);
  expect(cli).toContain('F[sigma](xi)');

  writeFileSync(
    join(app, 'check.mjs'),
    [
      "import { derive, toText } from 'lfp-toolkit';",
      "const d = derive('gelu');",
      'console.log(d.activation.name, d.transform.kind, toText(d.expression));',
    ].join('\n'),
  );
  const library = run('node', ['check.mjs'], app).trim();
  expect(library).toBe('gelu closed x*(1 + erf(sqrt(2)*x/2))/2');
  expect(existsSync(join(app, 'node_modules/lfp-toolkit/dist/index.d.ts'))).toBe(true);
}, 240000);
