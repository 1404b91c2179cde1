// Work on untrusted input runs as generators that pause (`yield`) after each bounded step, so a
// page can spread it over short tasks (PRODUCT §7: no main-thread task over 200 ms) while the CLI
// and tests run it at once. Steps are small (a few thousand characters, or nodes); the caller
// decides how many fit in one task.

/** Work that pauses between bounded steps and returns `T` at the end. */
export type Slices<T> = Generator<void, T, void>

/** Runs pausable work to the end at once. */
export function finish<T>(slices: Slices<T>): T {
  for (;;) {
    const step = slices.next()
    if (step.done === true) return step.value
  }
}
