/** A 64-hex hash in groups of eight, easier to read aloud and compare by eye. */
export function groupedHash(hash: string): string {
  return hash.replace(/(.{8})(?=.)/g, '$1 ');
}
