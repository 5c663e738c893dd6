/** Base of every failure the dictionary reports; `code` is stable for programs and logs. */
export abstract class DictionaryError extends Error {
  abstract readonly code: string;
}
