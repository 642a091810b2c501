// Signing times as ISO 8601 with an offset: a CMS time (UTC) in Vietnam's time (UTC+7, as the
// documents are dated), a PDF /M date with the offset it was written with.
const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** A moment in Vietnam time: 2025-09-22T09:14:00+07:00. */
export function vietnamIso(d: Date): string {
  const v = new Date(d.getTime() + 7 * 3600_000);
  return (
    `${v.getUTCFullYear()}-${pad(v.getUTCMonth() + 1)}-${pad(v.getUTCDate())}` +
    `T${pad(v.getUTCHours())}:${pad(v.getUTCMinutes())}:${pad(v.getUTCSeconds())}+07:00`
  );
}

/** A PDF date (D:20250922091400+07'00') as ISO 8601 with its offset, or null. */
export function pdfDateIso(raw: string | null): string | null {
  const m = raw ? /^(?:D:)?(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?([Zz+-])?(\d{2})?'?(\d{2})?/.exec(raw) : null;
  if (!m) return null;
  const [, y, mo = '01', d = '01', h = '00', mi = '00', s = '00', sign, oh = '00', om = '00'] = m;
  const offset = !sign || sign === 'Z' || sign === 'z' ? '+00:00' : `${sign}${oh}:${om}`;
  return `${y}-${mo}-${d}T${h}:${mi}:${s}${offset}`;
}
