/**
 * A small bounded memo for text functions whose inputs repeat: down a column (cadences,
 * months) and from workbook to workbook (headers, labels, sheet names). Cleared when full, so a
 * long batch cannot grow it. Results are shared: treat them as read-only.
 */
export function memo<T>(fn: (text: string) => T, limit = 2000): (input: unknown) => T {
  const cache = new Map<string, T>();
  return (input) => {
    const key = typeof input === 'string' ? input : String(input ?? '');
    let hit = cache.get(key);
    if (hit === undefined) {
      hit = fn(key);
      if (cache.size >= limit) cache.clear();
      cache.set(ownCopy(key), hit);
    }
    return hit;
  };
}

/**
 * Text read from a workbook is mostly slices of the part's whole XML, and V8 keeps a slice's
 * parent alive: a cached slice would hold a workbook's shared strings in memory long after the
 * workbook is done. Keys are stored as copies of their own (a concatenation, flattened).
 */
function ownCopy(key: string): string {
  return key.length > 12 ? (' ' + key).slice(1) : key;
}
