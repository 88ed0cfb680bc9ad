/**
 * A one-line progress bar for long commands, redrawn in place with a
 * carriage return. The command line creates it only for a terminal, so
 * piped output and JSON stay clean.
 */

export interface ProgressSink {
  write(text: string): unknown;
}

export interface Progress {
  update(done: number, total: number): void;
  finish(): void;
}

const WIDTH = 30;

/** Creates a bar that redraws at most once per whole percent. */
export function progressBar(sink: ProgressSink, label: string): Progress {
  let shownPercent = -1;
  let drawn = false;
  return {
    update(done, total) {
      const percent = total > 0 ? Math.floor((100 * done) / total) : 100;
      if (percent === shownPercent) return;
      shownPercent = percent;
      drawn = true;
      const filled = Math.round((WIDTH * percent) / 100);
      const bar = `${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}`;
      sink.write(
        `\r${label} [${bar}] ${String(percent).padStart(3)}% (${done}/${total})`,
      );
    },
    finish() {
      if (drawn) sink.write('\n');
    },
  };
}

/** A progress that shows nothing. */
export const silentProgress: Progress = { update() {}, finish() {} };
