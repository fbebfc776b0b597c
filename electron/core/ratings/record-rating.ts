import type { ParsedInputOf, RecordedRating } from '../../../shared/api';
import { RATING_WINDOW_MS } from '../../../shared/api/display';
import { DeskError } from '../api/desk-error';
import { requireUser, type HandlerContext } from '../api/handler-context';
import { prepared } from '../db/prepared';
import { closingStepOf, insertRating, ratingOf } from './ratings-store';

/**
 * ratings.record: the citizen's one rating of a dossier handed over or refused, within 10 minutes
 * of that step; from the citizen display, only for a dossier its officer closed.
 */
export function recordRating(ctx: HandlerContext, input: ParsedInputOf<'ratings.record'>): RecordedRating {
  const user = requireUser(ctx);
  const exists = prepared(ctx.db, 'SELECT 1 FROM dossiers WHERE id = ?').get(input.dossierId);
  if (!exists) throw new DeskError('NOT_FOUND', 'Không tìm thấy hồ sơ cần đánh giá.');
  const step = closingStepOf(ctx.db, input.dossierId);
  if (!step) throw new DeskError('INVALID_TRANSITION', 'Chỉ đánh giá được hồ sơ đã trả kết quả hoặc đã từ chối tiếp nhận.');
  if (ctx.sessionKind === 'display' && step.userId !== user.id) {
    throw new DeskError('FORBIDDEN', 'Màn hình công dân chỉ ghi nhận đánh giá hồ sơ do cán bộ tại quầy này trả kết quả.');
  }
  if (ratingOf(ctx.db, input.dossierId)) throw new DeskError('CONFLICT', 'Hồ sơ này đã được đánh giá; mỗi hồ sơ chỉ đánh giá một lần.');
  const now = ctx.clock.now();
  if (now.getTime() - Date.parse(step.at) > RATING_WINDOW_MS) {
    throw new DeskError('INVALID_TRANSITION', 'Đã quá 10 phút sau khi trả kết quả, không ghi nhận đánh giá nữa.');
  }
  const reasons = input.score === 'dissatisfied' ? [...new Set(input.reasons ?? [])] : [];
  const recordedAt = now.toISOString();
  return ctx.write(() => {
    insertRating(ctx.db, {
      dossier_id: input.dossierId,
      score: input.score,
      reasons_json: JSON.stringify(reasons),
      comment: input.comment ? input.comment : null,
      officer_id: step.userId,
      closed_status: step.status,
      closed_at: step.at,
      recorded_via: ctx.sessionKind === 'display' ? 'display' : 'officer',
      recorded_at: recordedAt,
    });
    ctx.audit({ entity: 'dossier', entityId: input.dossierId, after: { rating: input.score, reasons, via: ctx.sessionKind === 'display' ? 'display' : 'officer', comment: input.comment ? true : undefined } });
    ctx.services.display?.rated((event) => ctx.emitAfterCommit(event));
    return { dossierId: input.dossierId, score: input.score, recordedAt };
  });
}
