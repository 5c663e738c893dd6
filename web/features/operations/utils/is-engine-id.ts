/** Engine ids are UUIDs or numbers; the api refuses anything else the same way. */
export function isEngineId(value: string): boolean {
  return /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$/.test(value);
}
