/** A one-line progress bar on stderr (plain lines when stderr is not a terminal). */
export function progressBar(label: string, total: number) {
  const tty = process.stderr.isTTY;
  let last = 0;
  const draw = (n: number) => {
    const pct = total ? Math.min(1, n / total) : 1;
    const width = 30;
    const filled = Math.round(pct * width);
    const line = `${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${n}/${total} events`;
    if (tty) process.stderr.write(`\r${line}`);
    else if (Date.now() - last > 2000 || n >= total) {
      process.stderr.write(`${line}\n`);
      last = Date.now();
    }
  };
  return {
    update: (n: number) => draw(n),
    done: () => {
      draw(total);
      if (tty) process.stderr.write('\n');
    },
  };
}
