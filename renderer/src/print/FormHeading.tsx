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

interface Signer {
  title: string;
  name?: string;
  /** Under the title; "(Ký và ghi rõ họ tên)" unless told otherwise. */
  note?: string;
}

function Signature({ title, name, note = '(Ký và ghi rõ họ tên)' }: Signer) {
  return (
    <div className="mc-signature">
      <div className="mc-bold">{title}</div>
      <div>
        <i>{note}</i>
      </div>
      <div className="mc-signature-name mc-bold">{name ?? ''}</div>
    </div>
  );
}

/** Two signatures side by side, each with "(Ký và ghi rõ họ tên)" and the printed name under the space. */
export function Signatures({ left, right }: { left: Signer; right: Signer }) {
  return (
    <div className="mc-signatures">
      <Signature {...left} />
      <Signature {...right} />
    </div>
  );
}

/** One signature on the right half: the guiding officer (Mẫu 02), the head of the agency (Mẫu 04, 05). */
export function SingleSignature(signer: Signer) {
  return (
    <div className="mc-signatures mc-signatures-single">
      <Signature {...signer} />
    </div>
  );
}

/** The head of the agency signs and stamps the letters it sends the applicant (Mẫu 04, 05); the name is written by hand. */
export function HeadOfAgencySignature() {
  return <SingleSignature title="THỦ TRƯỞNG CƠ QUAN" note="(Ký, ghi rõ họ tên và đóng dấu)" />;
}

/** The small line at the foot of each page: which form, after which template version. */
export function FormFooter({ form, version }: { form: string; version: string }) {
  return (
    <footer className="mc-footer">
      {form} · mẫu {version}
    </footer>
  );
}
