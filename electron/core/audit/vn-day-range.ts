/** A Vietnam calendar day's start as a UTC instant: 2026-11-25 -> 2026-11-24T17:00:00.000Z. */
export function vnDayStartUtc(day: string): string {
  return new Date(`${day}T00:00:00+07:00`).toISOString();
}

/** The start of the day after, for an exclusive upper bound. */
export function vnDayEndUtc(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00+07:00`) + 86_400_000).toISOString();
}
