// The progress bar drawn on stderr while batch runs on a terminal: one line redrawn in place,
// at most every 100 ms, erased at the end. Off when stderr is not a terminal or CI is set.
import { t, type Lang } from '../../core/i18n';

export function renderProgress(lang: Lang, done: number, total: number, elapsedMs: number, width = 24): string {
  const ratio = total > 0 ? Math.min(1, done / total) : 1;
  const filled = Math.floor(ratio * width);
  const bar = '█'.repeat(filled) + '░'.repeat(width - filled);
  const speed = elapsedMs > 0 ? (done * 1000) / elapsedMs : 0;
  const eta = speed > 0 ? Math.ceil((total - done) / speed) : 0;
  const pct = `${Math.floor(ratio * 100)}%`.padStart(4);
  const fmt = new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 1 });
  return `${bar} ${pct} ${t(lang, 'batch.progress', { done, total, speed: fmt.format(speed), eta })}`;
}

export interface ProgressReporter {
  update(done: number, total: number): void;
  finish(): void;
}

export function createProgressReporter(
  write: (text: string) => void,
  lang: Lang,
  options: { enabled: boolean; intervalMs?: number; now?: () => number },
): ProgressReporter {
  if (!options.enabled) return { update() {}, finish() {} };
  const now = options.now ?? Date.now;
  const interval = options.intervalMs ?? 100;
  const started = now();
  let lastDraw = -Infinity;
  let drawn = false;
  return {
    update(done, total) {
      const at = now();
      if (done < total && at - lastDraw < interval) return;
      lastDraw = at;
      drawn = true;
      write(`\r\u001b[2K${renderProgress(lang, done, total, at - started)}`);
    },
    finish() {
      if (drawn) write('\r\u001b[2K');
    },
  };
}
