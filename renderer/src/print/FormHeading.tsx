import { placeOfAgency } from './agency-place';
import { dateInWords } from '../ui/vietnam-time';

/**
 * The two-column heading of an administrative form: the agency and its one-stop unit on the left,
 * the national motto on the right, then place and date.
 */
export function FormHeading({ agencyName, dateIso }: { agencyName: string; dateIso: string }) {
  return (
    <header className="mc-heading">
      <div className="mc-heading-left">
        <div className="mc-upper">{agencyName}</div>
        <div className="mc-bold mc-upper">Bộ phận tiếp nhận và trả kết quả</div>
        <div className="mc-rule mc-rule-short" />
      </div>
      <div className="mc-heading-right">
        <div className="mc-bold">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</div>
        <div className="mc-bold mc-motto">Độc lập - Tự do - Hạnh phúc</div>
        <div className="mc-rule mc-rule-long" />
        <div className="mc-date-line">
          <i>
            {placeOfAgency(agencyName)}, {dateInWords(dateIso)}
          </i>
        </div>
      </div>
    </header>
  );
}

/** Two signatures side by side, each with "(Ký và ghi rõ họ tên)" and the printed name under the space. */
export function Signatures({ left, right }: { left: { title: string; name?: string }; right: { title: string; name?: string } }) {
  return (
    <div className="mc-signatures">
      {[left, right].map((who) => (
        <div key={who.title} className="mc-signature">
          <div className="mc-bold">{who.title}</div>
          <div>
            <i>(Ký và ghi rõ họ tên)</i>
          </div>
          <div className="mc-signature-name mc-bold">{who.name ?? ''}</div>
        </div>
      ))}
    </div>
  );
}

/** The small line at the foot of each page: which form, after which template version. */
export function FormFooter({ form, version }: { form: string; version: string }) {
  return (
    <footer className="mc-footer">
      {form} · mẫu {version}
    </footer>
  );
}
