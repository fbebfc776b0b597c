/** A repeatable random sequence (a linear congruential generator), so a run files the same dossiers. */
export function seededRandom(seed: number): () => number {
  let x = seed;
  return () => {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    return x / 2 ** 31;
  };
}
