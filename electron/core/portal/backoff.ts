/** Exponential back-off with jitter, capped: 1 s, 2 s, 4 s ... at most 60 s, each between half and all of it. */
export function backoffDelayMs(failures: number, random: () => number = Math.random, baseMs = 1_000, capMs = 60_000): number {
  const ceiling = Math.min(capMs, baseMs * 2 ** Math.max(0, failures - 1));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}
