/**
 * A small benchmark harness: runs named cases interleaved in rounds (so drift and GC hit every case alike), reports
 * medians and ratios against a named baseline measured in the same run, and formats targets as PASS/MISS lines.
 * It measures wall time and the process's CPU time; rates and ratios use CPU time, which stays meaningful on a
 * shared, oversubscribed machine ("per core"). It never asserts: timing depends on the machine.
 */

export interface BenchCase {
  readonly name: string;
  /** One measured run. Return a value derived from the work so it cannot be optimised away. */
  readonly run: () => unknown;
  /** Work items per run (e.g. profiles), to report a rate. */
  readonly items?: number;
}

export interface BenchOptions {
  /** Measured rounds; each round runs every case once. */
  readonly rounds: number;
  /** Unmeasured rounds first (JIT warm-up). */
  readonly warmupRounds?: number;
  /** Name of the case the others are compared with. */
  readonly baseline: string;
  /** Wall clock in milliseconds (injected for tests); defaults to performance.now. */
  readonly now?: () => number;
  /** CPU clock of this process in milliseconds (user + system); defaults to process.cpuUsage. */
  readonly cpuNow?: () => number;
}

export interface CaseResult {
  readonly name: string;
  /** Wall time of each measured round. */
  readonly samplesMs: readonly number[];
  readonly medianMs: number;
  readonly minMs: number;
  readonly maxMs: number;
  /** CPU time of each measured round. */
  readonly cpuSamplesMs: readonly number[];
  readonly medianCpuMs: number;
  /** This case's median CPU time over the baseline's. */
  readonly ratio: number;
  /** Items per CPU second at the median, when the case counts items. */
  readonly perSecond?: number;
}

/** Where benchmark output goes (stdout in `npm run bench`). */
export interface BenchContext {
  readonly log: (line: string) => void;
}

/** A named group of measurements; one file in test/bench/suites/, registered in test/bench/run.ts. */
export interface BenchSuite {
  readonly name: string;
  readonly description: string;
  readonly run: (ctx: BenchContext) => void | Promise<void>;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? Number.NaN) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** CPU time used by this process so far, in milliseconds. */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** Keeps results reachable so the engine cannot skip the work. */
let sink: unknown;
export function lastSink(): unknown {
  return sink;
}

/** Runs the cases interleaved: round r starts at case r mod n, so no case always runs first. */
export function runInterleaved(cases: readonly BenchCase[], options: BenchOptions): CaseResult[] {
  if (!cases.some((c) => c.name === options.baseline)) throw new Error(`baseline "${options.baseline}" is not one of the cases`);
  const now = options.now ?? (() => performance.now());
  const cpuNow = options.cpuNow ?? cpuMs;
  const wall = new Map<string, number[]>(cases.map((c) => [c.name, []]));
  const cpu = new Map<string, number[]>(cases.map((c) => [c.name, []]));
  const warmup = options.warmupRounds ?? 1;
  for (let round = 0; round < warmup + options.rounds; round++) {
    for (let k = 0; k < cases.length; k++) {
      const c = cases[(round + k) % cases.length];
      if (c === undefined) continue;
      const startCpu = cpuNow();
      const start = now();
      sink = c.run();
      const elapsed = now() - start;
      const elapsedCpu = cpuNow() - startCpu;
      if (round < warmup) continue;
      wall.get(c.name)?.push(elapsed);
      cpu.get(c.name)?.push(elapsedCpu);
    }
  }
  const baselineCpu = median(cpu.get(options.baseline) ?? []);
  return cases.map((c) => {
    const w = wall.get(c.name) ?? [];
    const u = cpu.get(c.name) ?? [];
    const mCpu = median(u);
    return {
      name: c.name,
      samplesMs: w,
      medianMs: median(w),
      minMs: Math.min(...w),
      maxMs: Math.max(...w),
      cpuSamplesMs: u,
      medianCpuMs: mCpu,
      ratio: mCpu / baselineCpu,
      ...(c.items !== undefined ? { perSecond: (c.items * 1000) / mCpu } : {}),
    };
  });
}

const fmt = (n: number, digits = 1): string => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

/** A text table: case, wall median/min/max, CPU median, rate per CPU second, CPU ratio to the baseline. */
export function formatResults(results: readonly CaseResult[], baseline: string): string {
  const header = ['case', 'wall median ms', 'wall min ms', 'wall max ms', 'CPU median ms', 'items/CPU s', `× ${baseline} (CPU)`];
  const rows = results.map((r) => [
    r.name,
    fmt(r.medianMs),
    fmt(r.minMs),
    fmt(r.maxMs),
    fmt(r.medianCpuMs),
    r.perSecond !== undefined ? fmt(r.perSecond, 0) : '–',
    fmt(r.ratio, 2),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: readonly string[]): string => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/** `PASS`/`MISS` line for an informational target; never throws or fails the run. */
export function targetLine(label: string, actual: number, comparison: '<=' | '>=', goal: number, unit = ''): string {
  const pass = comparison === '<=' ? actual <= goal : actual >= goal;
  return `${pass ? 'PASS' : 'MISS'}  ${label}: ${fmt(actual, 2)}${unit} (target ${comparison} ${fmt(goal, goal >= 100 ? 0 : 2)}${unit})`;
}
