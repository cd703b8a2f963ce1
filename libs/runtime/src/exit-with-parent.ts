/** A launched process stops (gracefully, via SIGTERM) when the launcher that started it is gone. */
export function exitWithParent(): void {
  if (process.env.CLAIMTRAIL_EXIT_WITH_PARENT !== '1') return;
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) process.kill(process.pid, 'SIGTERM');
  }, 1000).unref();
}
