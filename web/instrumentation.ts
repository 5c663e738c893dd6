/** Runs once when a server starts; Node-only checks live in their own module (Next's pattern). */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { checkEnvironmentAtStartUp } = await import('./instrumentation-node');
    checkEnvironmentAtStartUp();
  }
}
