/** When each process instance started, from the engine's history; cached, since it never changes. */
export class ProcessStartTimes {
  private readonly cache = new Map<string, Date>();

  constructor(
    private readonly engineUrl: string,
    private readonly authorization: string | undefined,
    private readonly capacity = 10_000,
  ) {}

  async of(processInstanceId: string): Promise<Date> {
    const cached = this.cache.get(processInstanceId);
    if (cached) return cached;
    const response = await fetch(`${this.engineUrl}/history/process-instance/${encodeURIComponent(processInstanceId)}`, {
      headers: { accept: 'application/json', ...(this.authorization ? { authorization: this.authorization } : {}) },
      signal: AbortSignal.timeout(10_000),
    });
    if (!response.ok) throw new Error(`The engine did not say when process instance ${processInstanceId} started (HTTP ${response.status})`);
    const { startTime } = (await response.json()) as { startTime: string };
    const started = new Date(startTime);
    if (this.cache.size >= this.capacity) this.cache.delete(this.cache.keys().next().value!);
    this.cache.set(processInstanceId, started);
    return started;
  }
}
