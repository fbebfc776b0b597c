import type { Handlers } from '../api/handler-context';
import { collectPayment } from './collect-payment';
import { refundPayment, voidPayment } from './payment-movements';
import { listPayments, unpaidFees } from './payment-views';
import { receiptForPrint } from './receipt-print';
import { movementForPrint } from './movement-print';
import { vietQrTransfer } from './payment-vietqr';
import { reconcileTransfers } from './payment-reconcile';
import { readBankStatement } from './bank-statement';
import { beforeIssuingNumber } from '../backup';

export const paymentsHandlers = {
  'payments.collect': async (input, ctx) => {
    await beforeIssuingNumber(ctx, 'receipt');
    return collectPayment(ctx, input);
  },
  'payments.vietqr': (input, ctx) => vietQrTransfer(ctx, input),
  'payments.readStatement': (input) => readBankStatement(input.fileName, Buffer.from(input.contentBase64, 'base64')),
  'payments.reconcile': (input, ctx) => reconcileTransfers(ctx, input),
  'payments.void': (input, ctx) => voidPayment(ctx, input),
  'payments.refund': (input, ctx) => refundPayment(ctx, input),
  'payments.list': (input, ctx) => listPayments(ctx.db, input),
  'payments.unpaid': (_input, ctx) => unpaidFees(ctx),
  'payments.receipt': (input, ctx) => receiptForPrint(ctx, input),
  'payments.movementDocument': (input, ctx) => movementForPrint(ctx, input),
} satisfies Pick<Handlers, `payments.${string}` & keyof Handlers>;
