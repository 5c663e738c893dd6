/**
 * Runs async work one piece at a time, in call order. json-rules-engine keeps a run status on the
 * Engine itself: when one run finishes while another has just started, the second sees
 * "finished" and skips every rule, silently deciding "no match". Runs read only in-memory facts,
 * so queueing them costs no parallelism worth having.
 */
export function createRunQueue(): <T>(work: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return (work) => {
    const result = tail.then(work, work);
    tail = result.catch(() => undefined);
    return result;
  };
}
