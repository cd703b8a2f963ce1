import type { ChildProcess } from 'node:child_process';

/**
 * SIGTERM to a child process, resolved with its exit code once it has gone (at once when it already
 * has); after `killAfterMs`, when given, SIGKILL for one that ignores it.
 */
export function stopChild(child: ChildProcess, killAfterMs?: number): Promise<number | null> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve(child.exitCode);
    const kill = killAfterMs === undefined ? undefined : setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    // The timer must not keep a stopping process alive on its own.
    kill?.unref();
    child.once('exit', (code) => {
      clearTimeout(kill);
      resolve(code);
    });
    child.kill('SIGTERM');
  });
}
