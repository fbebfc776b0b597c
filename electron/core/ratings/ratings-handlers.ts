import type { Handler } from '../api/handler-context';
import { recordRating } from './record-rating';

export const ratingsHandlers: { 'ratings.record': Handler<'ratings.record'> } = {
  'ratings.record': (input, ctx) => recordRating(ctx, input),
};
