/**
 * Reads a value that never changes once it exists (a deployed definition, its XML) once per key:
 * the first read is shared by concurrent callers, and a failed read is forgotten so the next
 * caller tries again.
 */
export function readOnce<T>(cache: Map<string, Promise<T>>, key: string, read: () => Promise<T>): Promise<T> {
  let cached = cache.get(key);
  if (!cached) {
    cached = read();
    cached.catch(() => cache.delete(key));
    cache.set(key, cached);
  }
  return cached;
}
