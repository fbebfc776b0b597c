/** An ID number as the citizen display shows it: only its last 4 characters, the rest as •. */
export function maskIdNumber(idNumber: string): string {
  const text = idNumber.replace(/\s+/g, '');
  if (text.length <= 4) return '•'.repeat(text.length);
  return '•'.repeat(text.length - 4) + text.slice(-4);
}
