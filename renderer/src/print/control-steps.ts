import type { DossierDetail, DossierHistoryEntry } from '../../../shared/api';

/** One row of Mẫu 06: who gave the dossier to whom, when, by when it was due, and who did it. A row the back office fills in by hand has no time. */
export interface ControlStep {
  step: string;
  at: string | null;
  dueAt: string | null;
  byName: string;
}


const RESULT_BACK = 'Trả kết quả về Bộ phận tiếp nhận và trả kết quả';
const HANDED_OVER = 'Trả kết quả cho người nộp hồ sơ';

/** What each kind of history line means on the sheet; lines absent here (an edit, a new date) are no hand-off. */
function stepOf(entry: DossierHistoryEntry, dossier: DossierDetail): Omit<ControlStep, 'at' | 'byName'> | null {
  switch (entry.action) {
    case 'handOff':
      return { step: 'Chuyển hồ sơ đến cơ quan, bộ phận chuyên môn', dueAt: dossier.handOffDueAt };
    case 'requestSupplement':
      return { step: 'Yêu cầu bổ sung, hoàn thiện hồ sơ (tạm dừng tính thời gian)', dueAt: null };
    case 'receiveSupplement':
      return { step: 'Nhận hồ sơ bổ sung, chuyển lại cơ quan, bộ phận chuyên môn', dueAt: null };
    case 'markProcessed':
      return { step: RESULT_BACK, dueAt: entry.dueAt };
    case 'handOver':
      return { step: HANDED_OVER, dueAt: entry.dueAt };
    case 'withdraw':
      return { step: 'Người nộp rút hồ sơ, dừng giải quyết', dueAt: null };
    case 'portal':
      // The back office's moves, through the portal's feed.
      if (entry.status === 9) return { step: RESULT_BACK, dueAt: entry.dueAt };
      if (entry.status === 8) return { step: 'Cơ quan, bộ phận chuyên môn dừng giải quyết hồ sơ', dueAt: null };
      if (entry.status === 6) return { step: 'Yêu cầu người nộp thực hiện nghĩa vụ tài chính', dueAt: null };
      return null;
    default:
      return null;
  }
}

/** The back office's own steps, left blank for it to fill in by hand until the feed says the result is back. */
const BACK_OFFICE_STEPS = ['Cơ quan, bộ phận chuyên môn nhận hồ sơ', 'Thẩm định, xử lý hồ sơ', 'Lãnh đạo xem xét, ký duyệt kết quả', RESULT_BACK];

/**
 * The steps known so far (received at the counter, each hand-off with its time and deadline) and
 * blank rows for those still to come: the back office's while no result is back, the hand-over to
 * the applicant while the dossier is open.
 */
export function controlSteps(dossier: DossierDetail): ControlStep[] {
  const known: ControlStep[] = [
    { step: 'Tiếp nhận hồ sơ', at: dossier.receivedAt, dueAt: null, byName: dossier.receivedByName },
  ];
  for (const entry of dossier.history) {
    const step = stepOf(entry, dossier);
    if (step) known.push({ ...step, at: entry.at, byName: entry.byName || entry.by });
  }
  const reached = (statuses: number[]) => dossier.history.some((entry) => statuses.includes(entry.status));
  const ended = reached([7, 8, 10]);
  const blank = (step: string, dueAt: string | null = null): ControlStep => ({ step, at: null, dueAt, byName: '' });
  const toCome: ControlStep[] = [];
  if (!ended && !reached([9])) toCome.push(...BACK_OFFICE_STEPS.map((step, index) => blank(step, index === BACK_OFFICE_STEPS.length - 1 ? dossier.dueAt : null)));
  if (!ended) toCome.push(blank(HANDED_OVER, dossier.dueAt));
  return [...known, ...toCome];
}

/** "Đúng hạn" or "Quá hạn" for a step done against its deadline; '' when either is not known. */
export function timeliness(step: ControlStep): string {
  if (!step.at || !step.dueAt) return '';
  return new Date(step.at).getTime() <= new Date(step.dueAt).getTime() ? 'Đúng hạn' : 'Quá hạn';
}
