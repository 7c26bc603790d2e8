// How many cases each fuzz property tries: OUTSIDE_IN_FUZZ_RUNS when set (`npm run fuzz`), else a
// default small enough that the whole fuzz suite adds only seconds to a normal test run.
const fromEnvironment = Number(process.env.OUTSIDE_IN_FUZZ_RUNS);

export function fuzzRuns(byDefault: number): number {
  return Number.isInteger(fromEnvironment) && fromEnvironment > 0 ? fromEnvironment : byDefault;
}

/** Per-test time limit: generous, so only a hang (not a slow machine) fails it; longer runs get more. */
export function fuzzTimeout(byDefault: number): number {
  return Math.max(60_000, fuzzRuns(byDefault) * 100);
}
