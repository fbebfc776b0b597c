import { formatVnd } from '../../../../shared/money';

/** "0 đ (khớp)", "+5.000 đ (thừa)" or "−2.000 đ (thiếu)". */
export function DifferenceText({ difference }: { difference: number }) {
  if (difference === 0) return <span className="cash-balanced">0 đ (khớp)</span>;
  if (difference > 0) return <span className="cash-surplus">+{formatVnd(difference)} (thừa)</span>;
  return <span className="cash-shortfall">−{formatVnd(-difference)} (thiếu)</span>;
}
