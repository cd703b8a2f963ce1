import cliProgress from 'cli-progress';

export interface ProgressOptions {
  /** What is being done, e.g. `rebuild all`. */
  label: string;
  /** The unit `value` and `total` count, named on the line (`rows`, `events`). */
  unit: string;
  /** Best estimate of the total; grows when `value` passes it. */
  total: number;
  /** False for `--json`: nothing is drawn. */
  enabled: boolean;
}

export interface Progress {
  /**
   * Done so far; `total` when a better estimate is known; `phase` names a step past the counting
   * (e.g. `swapping in`).
   */
  update(value: number, total?: number, phase?: string): void;
  /** The work is over: the line shows 100 % with the final count. */
  finish(value: number): void;
  /** Leaves the line as it is (the work failed). */
  stop(): void;
}

const PLAIN_LINE_EVERY_MS = 5000;

/** 42s, 3m05s, 1h02m. */
function duration(seconds: number): string {
  const s = Math.round(seconds);
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}

/**
 * A progress line on stderr: a cli-progress bar on a terminal, a plain line every few seconds
 * otherwise (logs, CI). The percentage stays below 100 until finish(): an estimate reached early
 * (the last import batch still writing, the rebuild still swapping tables) must not read as done.
 */
export function createProgress(opts: ProgressOptions): Progress {
  if (!opts.enabled) return { update: () => undefined, finish: () => undefined, stop: () => undefined };
  const started = Date.now();
  let total = Math.max(0, opts.total);
  let value = 0;
  /** When `value` last moved: the rate is of counted work, so a final step (a swap) does not drag it down. */
  let movedAt = started;
  let phase = '';
  let done = false;
  const count = (n: number) => n.toLocaleString('en-US');
  const set = (v: number, t: number | undefined, p: string | undefined) => {
    if (v !== value) movedAt = Date.now();
    value = v;
    total = Math.max(t ?? total, value);
    phase = p ?? '';
  };
  const end = (v: number) => {
    set(v, v, undefined);
    total = v;
    done = true;
  };

  const line = (barOptions: cliProgress.Options | undefined, eta: number | undefined) => {
    const share = done ? 1 : total > 0 ? Math.min(value / total, 0.99) : 0;
    const seconds = (movedAt - started) / 1000;
    // Over the whole run: steady enough for batches that land every second or two.
    const rate = seconds > 0 ? Math.round(value / seconds) : 0;
    const etaSeconds = done ? 0 : (eta ?? (rate > 0 ? Math.max(0, total - value) / rate : NaN));
    const etaText = Number.isFinite(etaSeconds) ? duration(etaSeconds) : '?';
    const bar = barOptions ? `${cliProgress.Format.BarFormat(share, barOptions)} ` : '';
    return (
      `${opts.label} ${bar}${Math.floor(share * 100)}% | ${count(value)}/${count(total)} ${opts.unit} | ` +
      `${count(rate)} ${opts.unit}/s | ETA ${etaText}${phase ? ` | ${phase}` : ''}`
    );
  };

  if (process.stderr.isTTY) {
    const bar = new cliProgress.SingleBar(
      {
        stream: process.stderr,
        format: (options, params) => line(options, done || !Number.isFinite(params.eta) ? undefined : params.eta),
        hideCursor: true,
        clearOnComplete: false,
        etaBuffer: 50,
      },
      cliProgress.Presets.shades_classic,
    );
    bar.start(total, 0);
    const draw = () => {
      bar.setTotal(total);
      bar.update(value);
    };
    return {
      update(v, t, p) {
        set(v, t, p);
        draw();
      },
      finish(v) {
        end(v);
        draw();
        bar.stop();
      },
      stop: () => bar.stop(),
    };
  }

  let printedAt = 0;
  const print = (force: boolean) => {
    if (!force && Date.now() - printedAt < PLAIN_LINE_EVERY_MS) return;
    printedAt = Date.now();
    process.stderr.write(`${line(undefined, undefined)}\n`);
  };
  return {
    update(v, t, p) {
      set(v, t, p);
      print(false);
    },
    finish(v) {
      end(v);
      print(true);
    },
    stop: () => undefined,
  };
}
