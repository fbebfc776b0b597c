import { z } from 'zod';
import { method, ALL_ROLES } from './method';

/** The citizen's rating of the service after a hand-over or a refusal (citizen-side.md, issue 19). */
export const RATING_SCORES = ['satisfied', 'neutral', 'dissatisfied'] as const;
export type RatingScore = (typeof RATING_SCORES)[number];

export const RATING_SCORE_NAMES: Record<RatingScore, string> = {
  satisfied: 'Hài lòng',
  neutral: 'Bình thường',
  dissatisfied: 'Không hài lòng',
};

/** The reasons a dissatisfied citizen may tick. */
export const RATING_REASONS = ['Phải chờ lâu', 'Hướng dẫn chưa rõ ràng', 'Thái độ chưa tốt', 'Phải đi lại nhiều lần', 'Trả kết quả chậm'] as const;

export interface RecordedRating {
  dossierId: string;
  score: RatingScore;
  recordedAt: string;
}

export const ratingsMethods = {
  /** Once per dossier, within 10 minutes of its hand-over or refusal; the display token may call it. */
  'ratings.record': method<RecordedRating>()({
    input: z
      .object({
        dossierId: z.string({ error: 'Mã hồ sơ: bắt buộc.' }).min(1, { error: 'Mã hồ sơ: bắt buộc.' }).max(100),
        score: z.enum(RATING_SCORES, { error: 'Mức đánh giá phải là Hài lòng, Bình thường hoặc Không hài lòng.' }),
        reasons: z
          .array(z.enum(RATING_REASONS, { error: 'Lý do không có trong danh sách.' }))
          .max(RATING_REASONS.length)
          .optional(),
        comment: z.string({ error: 'Góp ý: phải là chữ.' }).trim().max(500, { error: 'Góp ý: tối đa 500 ký tự.' }).optional(),
      })
      .strict(),
    access: ALL_ROLES,
    kind: 'write',
    display: true,
  }),
};
