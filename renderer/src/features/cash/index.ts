// What other features use from Thu phí.
export { CollectAfterIntake } from './CollectAfterIntake';
export { UnpaidFeeWarning, useUnpaidBeforeFee, type UnpaidBeforeFee } from './UnpaidFeeWarning';
