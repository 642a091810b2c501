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
      cache.set(key, hit);
    }
    return hit;
  };
}
