import type { DossierDetail } from '../../../../shared/api';
import type { DossierAction } from '../../../../shared/dossier-lifecycle';
import { getControlSheetAtHandOff, type DossierFormKind, type PrintRequest } from '../../print';
import { PrintDocumentDialog } from '../../ui/PrintDocumentDialog';

/** The form the citizen must be handed right after an action: Mẫu 03 after a refusal, Mẫu 02 after a supplement request, Mẫu 04 after a new date, Mẫu 05 after a withdrawal, Mẫu 06 after a hand-off. */
const PAPERS: Partial<Record<DossierAction, { kind: DossierFormKind; title: string; printLabel: string; done: string }>> = {
  refuse: { kind: 'refusal', title: 'Đã từ chối tiếp nhận hồ sơ', printLabel: 'In phiếu từ chối (Mẫu 03)', done: 'Trao Phiếu từ chối tiếp nhận giải quyết hồ sơ (Mẫu 03) cho người nộp, ghi rõ lý do.' },
  requestSupplement: {
    kind: 'supplement',
    title: 'Đã ghi nhận yêu cầu bổ sung',
    printLabel: 'In phiếu yêu cầu bổ sung (Mẫu 02)',
    done: 'Trao Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (Mẫu 02) cho người nộp.',
  },
  reschedule: {
    kind: 'apology',
    title: 'Đã hẹn lại ngày trả',
    printLabel: 'In văn bản xin lỗi (Mẫu 04)',
    done: 'Gửi Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết (Mẫu 04) cho người nộp, với ngày hẹn trả mới.',
  },
  withdraw: {
    kind: 'stop-notice',
    title: 'Đã ghi nhận rút hồ sơ',
    printLabel: 'In thông báo dừng giải quyết (Mẫu 05)',
    done: 'Trao Thông báo dừng giải quyết hồ sơ (Mẫu 05) cho người nộp, ghi rõ lý do.',
  },
  handOff: {
    kind: 'control-sheet',
    title: 'Đã chuyển hồ sơ sang xử lý',
    printLabel: 'In phiếu kiểm soát (Mẫu 06)',
    done: 'Phiếu kiểm soát quá trình giải quyết hồ sơ (Mẫu 06) đi kèm hồ sơ sang bộ phận chuyên môn.',
  },
};

export function hasPaperAfter(action: DossierAction): boolean {
  return PAPERS[action] !== undefined;
}

/** The paper that goes to the printer by itself after the action, without asking: Mẫu 06 at a hand-off when the print settings say so. */
export function paperPrintedAtOnce(action: DossierAction, dossier: DossierDetail): PrintRequest | null {
  return action === 'handOff' && getControlSheetAtHandOff() ? { kind: 'control-sheet', dossierId: dossier.id } : null;
}

/** Offers the form at once, the print button focused (Enter prints); "Đóng" leaves it for later. */
export function PaperAfterAction({ action, dossier, onDone }: { action: DossierAction; dossier: DossierDetail; onDone: () => void }) {
  const paper = PAPERS[action];
  if (!paper) return null;
  return (
    <PrintDocumentDialog
      title={paper.title}
      request={{ kind: paper.kind, dossierId: dossier.id }}
      printLabel={paper.printLabel}
      onDone={onDone}
      resultProps={{ 'data-testid': 'paper-after-action', 'data-kind': paper.kind }}
    >
      <p>
        Hồ sơ <strong>{dossier.code}</strong> · {dossier.applicantName}
      </p>
      <p>{paper.done}</p>
    </PrintDocumentDialog>
  );
}
