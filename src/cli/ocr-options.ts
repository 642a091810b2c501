// The per-file OCR limits, the same for `import` of one scan and for every scan a `batch` reads.
import { SCAN_LIMITS } from '../node/scanned-pdf';
import { wholeNumber, type CommandSpec } from './args';

export const OCR_OPTIONS: CommandSpec['options'] = {
  'ocr-pages': {
    type: 'string',
    value: 'cli.value.count',
    default: String(SCAN_LIMITS.pages),
    help: 'cli.opt.import.ocrPages',
  },
  'ocr-seconds': {
    type: 'string',
    value: 'cli.value.seconds',
    default: String(SCAN_LIMITS.totalSeconds),
    help: 'cli.opt.import.ocrSeconds',
  },
};

/** Pages read of each scan, and seconds for each scan's OCR. */
export function ocrLimits(values: Record<string, string | boolean | undefined>): {
  pages: number;
  fileSeconds: number;
} {
  return {
    pages: wholeNumber('--ocr-pages', values['ocr-pages'], 1, 1000, SCAN_LIMITS.pages),
    fileSeconds: wholeNumber('--ocr-seconds', values['ocr-seconds'], 1, 3600, SCAN_LIMITS.totalSeconds),
  };
}
