/** The records in derivations/ must match what the generator writes now. */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { BUILTINS } from '../src/activations.js';
import { derivationRecord } from '../src/output/record.js';

describe('derivation records', () => {
  test.each(BUILTINS.map((b) => b.name))('%s is up to date', (name) => {
    const r = derivationRecord(name);
    const md = readFileSync(`derivations/${name}.md`, 'utf8');
    const json = readFileSync(`derivations/${name}.json`, 'utf8');
    expect(md, 'run npm run derivations').toBe(r.markdown);
    expect(json, 'run npm run derivations').toBe(r.json);
  });
});
