/** `lfp table` output as aligned text, Markdown, CSV or JSON. */
import type { TableRow, ValueCell } from './table.js';
import { formatLog10 } from './verification.js';

/** The output formats of `lfp table`. */
export const TABLE_FORMATS = ['text', 'markdown', 'csv', 'json'] as const;
/** One of {@link TABLE_FORMATS}. */
export type TableFormat = (typeof TABLE_FORMATS)[number];

/**
 * Formats table rows. Text and Markdown show 4-digit law constants and
 * 6-digit values, followed by notes on empty or failed cells; CSV and
 * JSON carry the exact constants and 15-digit values.
 */
export function formatTable(rows: readonly TableRow[], format: TableFormat): string {
  switch (format) {
    case 'text':
      return withNotes(alignedText(displayGrid(rows)), rows, (n) => n);
    case 'markdown':
      return withNotes(markdownTable(displayGrid(rows)), rows, (n) => `- ${n}`);
    case 'csv':
      return csvTable(rows);
    case 'json':
      return JSON.stringify(rows, null, 2);
  }
}

/** Header and cells for the text and Markdown forms, values to 6 digits. */
function displayGrid(rows: readonly TableRow[]): string[][] {
  const name = rows[0]?.coefficient ?? 'A';
  const xs = rows.find((r) => r.values.length > 0)?.values.map((v) => v.xi) ?? [];
  const header = [
    'activation',
    'd',
    `σ_b·${name} as |ξ| → ∞`,
    `σ_b·${name} as |ξ| → 0`,
    ...xs.map((xi) => `σ_b·${name}(${xi})`),
  ];
  const body = rows.map((r) => [
    r.activation,
    String(r.dim),
    r.high.text,
    r.low.text,
    ...(r.values.length > 0 ? r.values.map(shortValue) : xs.map(() => '—')),
  ]);
  return [header, ...body];
}

function shortValue(v: ValueCell): string {
  if (v.error === 'diverges') return 'diverges';
  if (v.log10 === null) return 'failed';
  return formatLog10(v.log10, 6);
}

/** Appends notes on empty rows and failed values to the table, one line each. */
function withNotes(
  table: string,
  rows: readonly TableRow[],
  line: (note: string) => string,
): string {
  const notes: string[] = [];
  for (const r of rows) {
    if (r.note) notes.push(`${r.activation}, d = ${r.dim}: ${r.note}`);
    for (const v of r.values) {
      if (v.error && v.error !== 'diverges') {
        notes.push(`${r.activation}, d = ${r.dim}, |ξ| = ${v.xi}: ${v.error}`);
      }
    }
  }
  return notes.length ? [table, '', ...notes.map(line)].join('\n') : table;
}

function alignedText(grid: string[][]): string {
  const widths = grid[0]!.map((_, k) =>
    Math.max(...grid.map((row) => [...row[k]!].length)),
  );
  const pad = (cell: string, k: number) =>
    cell + ' '.repeat(widths[k]! - [...cell].length);
  const lines = grid.map((row) => row.map(pad).join('  ').trimEnd());
  lines.splice(1, 0, widths.map((w) => '-'.repeat(w)).join('  '));
  return lines.join('\n');
}

function markdownTable(grid: string[][]): string {
  const cell = (s: string) => s.replace(/\|/g, '\\|');
  const line = (row: string[]) => `| ${row.map(cell).join(' | ')} |`;
  const rule = `|${grid[0]!.map((_, k) => (k < 4 ? '---' : '---:')).join('|')}|`;
  return [line(grid[0]!), rule, ...grid.slice(1).map(line)].join('\n');
}

const LAW_COLUMNS = ['status', 'C', 'C_exact', 'p', 'c', 'c_exact', 'beta', 'log_power'];

/** Exact constants and 15-digit values, one line per activation and dimension. */
function csvTable(rows: readonly TableRow[]): string {
  const xs = rows.find((r) => r.values.length > 0)?.values.map((v) => v.xi) ?? [];
  const header = [
    'activation',
    'dim',
    'coefficient',
    ...['high', 'low'].flatMap((l) => LAW_COLUMNS.map((c) => `${l}_${c}`)),
    ...xs.map((xi) => `value_at_${xi}`),
    'note',
  ];
  const body = rows.map((r) => [
    r.activation,
    String(r.dim),
    r.coefficient,
    ...lawFields(r.high.json),
    ...lawFields(r.low.json),
    ...(r.values.length > 0 ? r.values.map((v) => v.value) : xs.map(() => '')),
    r.note ?? '',
  ]);
  return [header, ...body].map((row) => row.map(csvField).join(',')).join('\n');
}

function lawFields(j: TableRow['high']['json']): string[] {
  if (j.status !== 'law' || !('p' in j)) {
    return [j.status, ...LAW_COLUMNS.slice(1).map(() => '')];
  }
  return [
    j.status,
    j.C.value ?? '',
    j.C.exact ?? j.C.integral ?? '',
    j.p.exact ?? j.p.value,
    j.c.value,
    j.c.exact ?? '',
    j.beta.exact ?? j.beta.value,
    String(j.logPower),
  ];
}

/** RFC 4180 quoting: fields with commas, quotes or line breaks are quoted. */
export function csvField(s: string): string {
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
