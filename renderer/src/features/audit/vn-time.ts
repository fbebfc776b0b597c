import { vietnamClock } from '../../app/vietnam-clock';

/** "09:15:02 25/11/2026" in Vietnam time, whatever the machine's time zone. */
export function vnDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const c = vietnamClock(iso);
  return `${c.hour}:${c.minute}:${String(new Date(iso).getUTCSeconds()).padStart(2, '0')} ${c.day}/${c.month}/${c.year}`;
}

/** A 64-hex hash in groups of eight, easier to read aloud and compare by eye. */
export function groupedHash(hash: string): string {
  return hash.replace(/(.{8})(?=.)/g, '$1 ');
}
