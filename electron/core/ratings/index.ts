// The door of ratings/: the citizen's rating of the service after a hand-over or a refusal (issue 19).
export { ratingsHandlers } from './ratings-handlers';
export { ratingOf, ratingsBetween, lastClosingStepBy, type RatingRow, type ClosingStep } from './ratings-store';
