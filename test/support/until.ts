/** What `until` polls: done when it gives anything but undefined or false. */
export type Probe<T> = () => T | undefined | false | Promise<T | undefined | false>;

/** Polls `probe` every `everyMs` until it gives a value, or fails after `timeoutMs` naming `what`. */
export async function until<T>(what: string, probe: Probe<T>, timeoutMs = 20_000, everyMs = 25): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v !== undefined && v !== false) return v as T;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}
