import { describe, expect, it } from 'vitest';
import type { DossierDetail, DossierHistoryEntry } from '../../../shared/api';
import { controlSteps, timeliness } from '../../../renderer/src/print/control-steps';

const RECEIVED = '2026-11-25T02:00:00.000Z'; // 09:00 Vietnam time
const DUE = '2026-11-27T10:00:00.000Z';
const HAND_OFF_DUE = '2026-11-25T10:00:00.000Z';

function line(action: string, status: number, at: string, byName = 'Nguyễn Thị Hoa', dueAt: string | null = DUE): DossierHistoryEntry {
  return { action, status, statusName: '', at, by: '', byName, reason: null, dueAt };
}

function dossier(history: DossierHistoryEntry[]): DossierDetail {
  return { receivedAt: RECEIVED, receivedByName: 'Nguyễn Thị Hoa', dueAt: DUE, handOffDueAt: HAND_OFF_DUE, history } as DossierDetail;
}

const received = line('create', 2, RECEIVED);

describe('the steps of Mẫu 06', () => {
  it('handed off late: the receipt, the hand-off judged against the close of the day, blank rows for the back office and the hand-over', () => {
    const steps = controlSteps(dossier([received, line('handOff', 4, '2026-11-25T11:00:00.000Z')]));
    expect(steps.map((s) => [s.step, s.at, s.dueAt, timeliness(s)])).toEqual([
      ['Tiếp nhận hồ sơ', RECEIVED, null, ''],
      ['Chuyển hồ sơ đến cơ quan, bộ phận chuyên môn', '2026-11-25T11:00:00.000Z', HAND_OFF_DUE, 'Quá hạn'], // 18:00, after the close
      ['Cơ quan, bộ phận chuyên môn nhận hồ sơ', null, null, ''],
      ['Thẩm định, xử lý hồ sơ', null, null, ''],
      ['Lãnh đạo xem xét, ký duyệt kết quả', null, null, ''],
      ['Trả kết quả về Bộ phận tiếp nhận và trả kết quả', null, DUE, ''],
      ['Trả kết quả cho người nộp hồ sơ', null, DUE, ''],
    ]);
  });

  it('a supplement, the result from the feed and the hand-over: every step known, no blank row, each judged against its time', () => {
    const steps = controlSteps(
      dossier([
        received,
        line('handOff', 4, '2026-11-25T03:00:00.000Z'),
        line('requestSupplement', 5, '2026-11-25T04:00:00.000Z'),
        line('receiveSupplement', 4, '2026-11-26T02:00:00.000Z'),
        line('update', 4, '2026-11-26T02:30:00.000Z'),
        line('portal', 9, '2026-11-27T09:00:00.000Z', 'Cổng dịch vụ công'),
        line('handOver', 10, '2026-11-28T02:00:00.000Z'),
      ]),
    );
    // Each row as the sheet reads it: the step, whether on time, who did it.
    expect(steps.map((s) => `${s.step} | ${timeliness(s)} | ${s.byName}`)).toEqual([
      'Tiếp nhận hồ sơ |  | Nguyễn Thị Hoa',
      'Chuyển hồ sơ đến cơ quan, bộ phận chuyên môn | Đúng hạn | Nguyễn Thị Hoa',
      'Yêu cầu bổ sung, hoàn thiện hồ sơ (tạm dừng tính thời gian) |  | Nguyễn Thị Hoa',
      'Nhận hồ sơ bổ sung, chuyển lại cơ quan, bộ phận chuyên môn |  | Nguyễn Thị Hoa',
      'Trả kết quả về Bộ phận tiếp nhận và trả kết quả | Đúng hạn | Cổng dịch vụ công',
      'Trả kết quả cho người nộp hồ sơ | Quá hạn | Nguyễn Thị Hoa',
    ]);
  });

  it('a dossier the back office stopped has no rows left to fill in', () => {
    const steps = controlSteps(dossier([received, line('handOff', 4, '2026-11-25T03:00:00.000Z'), line('portal', 8, '2026-11-26T03:00:00.000Z', 'Cổng dịch vụ công')]));
    expect(steps.map((s) => s.step)).toEqual(['Tiếp nhận hồ sơ', 'Chuyển hồ sơ đến cơ quan, bộ phận chuyên môn', 'Cơ quan, bộ phận chuyên môn dừng giải quyết hồ sơ']);
    expect(steps.every((s) => s.at !== null)).toBe(true);
  });
});
