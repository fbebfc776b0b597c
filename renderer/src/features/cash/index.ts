// What the shell and other features use from Thu phí.
export { CashPage } from './CashPage';
export { ReceiptSettingsCard } from './ReceiptSettingsCard';
export { CollectAfterIntake } from './CollectAfterIntake';
export { UnpaidFeeWarning, useUnpaidBeforeFee, type UnpaidBeforeFee } from './UnpaidFeeWarning';
