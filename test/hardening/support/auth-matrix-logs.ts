// Captures what the app logs. pino writes to process.stdout itself (rather than straight to fd 1)
// when process.stdout.write has been replaced before the logger is built, so replacing it before
// the app is created catches every log line in memory.
export interface LogCapture {
  text(): string;
  /** The JSON lines, parsed (non-JSON lines are skipped). */
  lines(): any[];
  restore(): void;
}

export function captureStdout(): LogCapture {
  const chunks: string[] = [];
  const original = process.stdout.write;
  process.stdout.write = function write(chunk: unknown, ...rest: unknown[]): boolean {
    chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString('utf8'));
    const cb = rest.find((r) => typeof r === 'function') as (() => void) | undefined;
    cb?.();
    return true;
  } as typeof process.stdout.write;
  return {
    text: () => chunks.join(''),
    lines: () =>
      chunks
        .join('')
        .split('\n')
        .flatMap((l) => {
          try {
            return l.trim() ? [JSON.parse(l)] : [];
          } catch {
            return [];
          }
        }),
    restore: () => {
      process.stdout.write = original;
    },
  };
}
