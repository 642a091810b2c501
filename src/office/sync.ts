// Every round trip to Excel goes through here: counted, and bounded in time, because a
// context.sync() in Excel on the web can stall forever (office-js#6150, #6678).
import { msg, UserError, type Message } from '../core/i18n';

export const DEFAULT_SYNC_TIMEOUT_MS = 30_000;

export interface Syncable {
  sync(): Promise<unknown>;
}

export interface SyncCounter {
  syncs: number;
}

/** context.sync() that gives up with a clear message after `timeoutMs`. */
export async function syncWithin(
  context: Syncable,
  timeoutMs: number = DEFAULT_SYNC_TIMEOUT_MS,
  counter?: SyncCounter,
): Promise<void> {
  if (counter) counter.syncs++;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new UserError('pane.error.timeout', { seconds: Math.round(timeoutMs / 100) / 10 })),
      timeoutMs,
    );
  });
  try {
    await Promise.race([context.sync(), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Office errors carry a `code` (RichApi.Error); these mean "ask for less at once". */
export function isPayloadError(e: unknown): boolean {
  const code = (e as { code?: unknown })?.code;
  return code === 'RequestPayloadSizeLimitExceeded' || code === 'ResponsePayloadSizeLimitExceeded';
}

/**
 * An Office error as a detail for the user (the pane adds "Excel reported an error: …"). Office
 * writes its message in Office's language; its code and location (English) go to the English text.
 */
export function officeErrorDetail(e: unknown): Message {
  const err = e as { code?: string; message?: string; debugInfo?: { errorLocation?: string } };
  const technical = [err?.code, err?.debugInfo?.errorLocation].filter(Boolean).join(', ');
  return msg('detail.office', { message: err?.message ?? String(e) }, technical || undefined);
}
