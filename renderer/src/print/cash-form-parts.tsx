import { dateInWords } from '../ui/vietnam-time';

/** Receipt numbers are printed with 7 digits, as on the pre-printed books: 0000012. */
export function receiptNumberText(number: number): string {
  return String(number).padStart(7, '0');
}

/** The head of a biên lai or phiếu chi: the collecting unit and its tax code, then form, series and number. */
export function CashFormHeading({ unit, document }: { unit: { name: string; taxCode: string }; document: { form: string; series: string; number: number } }) {
  return (
    <header className="mc-cr-heading">
      <div className="mc-cr-unit">
        <div className="mc-bold mc-upper">{unit.name}</div>
        <div>Mã số thuế: {unit.taxCode || '…………'}</div>
      </div>
      <div className="mc-cr-identity">
        <div>
          Mẫu số: <b>{document.form}</b>
        </div>
        <div>
          Ký hiệu: <b>{document.series}</b>
        </div>
        <div>
          Số: <b className="mc-cr-number">{receiptNumberText(document.number)}</b>
        </div>
      </div>
    </header>
  );
}

/** "Ngày 05 tháng 03 năm 2026" above the signatures. */
export function CashFormDate({ at }: { at: string }) {
  const date = dateInWords(at);
  return (
    <div className="mc-cr-date">
      <i>{date.charAt(0).toUpperCase() + date.slice(1)}</i>
    </div>
  );
}

/** One signature of a cash document: the role, "(Ký, ghi rõ họ tên)", and the printed name when known. */
export function CashSignature({ title, name }: { title: string; name?: string }) {
  return (
    <div className="mc-signature">
      <div className="mc-bold">{title}</div>
      <div>
        <i>(Ký, ghi rõ họ tên)</i>
      </div>
      {name === undefined ? null : <div className="mc-signature-name mc-bold">{name}</div>}
    </div>
  );
}
