// When a signature was made, as the clerk reads it: its signing time and, when it carries one, its
// RFC 3161 time-stamp (or why the time-stamp gives no time). The words of `phoihop verify`, which
// the pane's Ký số and `batch` show too: one function, so that no second copy of them drifts.
import { t, type Lang } from './i18n';

/** Why a time-stamp the signature carries gave no time (it never makes the signature fail). */
export type TimestampProblem = 'timestampUnreadable' | 'timestampMismatch';

/** A signature's times: ISO 8601 with their offset, or null. */
export interface SigningTime {
  signedAt: string | null;
  timestampedAt: string | null;
  timestampProblem: TimestampProblem | null;
}

/** An ISO time as the clerk reads it: 22/09/2025 09:14 (the time as written, in its own offset). */
export function clerkTime(iso: string | null): string {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(iso) : null;
  return m ? `${m[3]}/${m[2]}/${m[1]} ${m[4]}:${m[5]}` : '—';
}

/** "ký lúc 22/09/2025 09:14 (có dấu thời gian 22/09/2025 09:16)", or the time-stamp's problem in brackets. */
export function signingTimeText(s: SigningTime, lang: Lang): string {
  const stamp = s.timestampedAt
    ? t(lang, 'verify.timestamp.at', { time: clerkTime(s.timestampedAt) })
    : s.timestampProblem
      ? t(lang, 'verify.timestamp.problem', { problem: t(lang, `verify.problem.${s.timestampProblem}`) })
      : '';
  return t(lang, 'verify.signedAt', { time: clerkTime(s.signedAt), stamp });
}
