/**
 * A PNG of a page by headless Chromium (the Debian package `chromium`),
 * run with a new empty profile and with every background network
 * feature turned off, so the only file it loads is the page itself.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LfpError } from '../errors.js';

export const CHROMIUM = process.env.LFP_CHROMIUM ?? '/usr/bin/chromium';

const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface ChromiumRun {
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs Chromium on a local file with extra flags. Rejects when Chromium
 * is missing, fails, or runs longer than `timeoutMs`.
 */
export async function runChromium(
  page: string,
  extra: readonly string[],
  timeoutMs = 60000,
): Promise<ChromiumRun> {
  if (!existsSync(CHROMIUM)) {
    throw new LfpError(
      `Chromium not found at ${CHROMIUM}: install the Debian package ` +
        'chromium (apt-get install chromium) or set LFP_CHROMIUM to its path',
    );
  }
  const profile = mkdtempSync(join(tmpdir(), 'lfp-chromium-'));
  const args = [
    ...FLAGS,
    `--user-data-dir=${profile}`,
    ...extra,
    pathToFileURL(page).href,
  ];
  try {
    return await spawnCollect(CHROMIUM, args, timeoutMs);
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

function spawnCollect(
  cmd: string,
  args: string[],
  timeoutMs: number,
): Promise<ChromiumRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (b: Buffer) => (stdout += b.toString()));
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(
        new LfpError(`Chromium timed out after ${timeoutMs / 1000} s on ${args.at(-1)}`),
      );
    }, timeoutMs);
    child.on('error', (err) => {
      clearTimeout(timer);
      reject(new LfpError(`Chromium failed to start: ${err.message}`));
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve({ stdout, stderr });
      else
        reject(new LfpError(`Chromium exited with code ${code}: ${lastLines(stderr)}`));
    });
  });
}

const lastLines = (text: string) => text.trim().split('\n').slice(-3).join(' | ');

/** Saves a PNG of the page, `width` × `height` CSS pixels. */
export async function screenshot(
  page: string,
  png: string,
  width: number,
  height: number,
): Promise<void> {
  await runChromium(page, [
    `--window-size=${width},${height}`,
    `--screenshot=${png}`,
    '--hide-scrollbars',
  ]);
  if (!existsSync(png)) throw new LfpError(`Chromium wrote no screenshot to ${png}`);
}

/** Returns the page's DOM after layout, as Chromium serialises it. */
export async function dumpDom(page: string): Promise<string> {
  return (await runChromium(page, ['--dump-dom'])).stdout;
}
