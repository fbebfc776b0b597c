import { Alert, Button } from 'antd';
import { useEffect, useState } from 'react';
import type { CollectResult, UnpaidFee } from '../../../../shared/api';
import { formatVnd } from '../../../../shared/money';
import { call, messageOf } from '../../api';
import { openScreen } from '../../ui/hash-route';
import { CollectDialog } from './CollectDialog';
import { CollectedDialog } from './CollectedDialog';
import { receiptIdText } from './receipt-text';
import './cash.css';

type State =
  | { kind: 'loading' }
  | { kind: 'none' }
  | { kind: 'due'; fee: UnpaidFee; sessionOpen: boolean }
  | { kind: 'collecting'; fee: UnpaidFee }
  | { kind: 'collected'; fee: UnpaidFee; result: CollectResult }
  | { kind: 'done'; fee: UnpaidFee; result: CollectResult }
  | { kind: 'failed'; message: string };

/**
 * Right after intake, a fee collected before processing (thu trước): "Thu phí ngay" opens the same
 * Thu phí dialog as the cash screen, then the receipt. Nothing shows for a dossier with no such fee.
 */
export function CollectAfterIntake({ dossierId }: { dossierId: string }) {
  const [state, setState] = useState<State>({ kind: 'loading' });
  // Bumped to ask again (the Thu phí dialog cancelled).
  const [asked, setAsked] = useState(0);

  useEffect(() => {
    let current = true;
    Promise.all([call('payments.unpaid'), call('cash.current')]).then(
      ([unpaid, session]) => {
        if (!current) return;
        const fee = unpaid.find((f) => f.dossierId === dossierId && f.collection === 'before');
        setState(fee ? { kind: 'due', fee, sessionOpen: session !== null } : { kind: 'none' });
      },
      (failure: unknown) => current && setState({ kind: 'failed', message: messageOf(failure) }),
    );
    return () => {
      current = false;
    };
  }, [dossierId, asked]);

  if (state.kind === 'loading' || state.kind === 'none') return null;
  if (state.kind === 'failed') return <Alert type="error" showIcon role="alert" title={state.message} className="cash-after-intake" />;
  if (state.kind === 'done') {
    return (
      <Alert
        type="success"
        showIcon
        className="cash-after-intake"
        data-testid="intake-fee-paid"
        title={`Đã thu ${formatVnd(state.result.amount)} phí, lệ phí · biên lai ${receiptIdText(state.result.receipt)}.`}
      />
    );
  }
  const { fee } = state;
  const names = fee.lines.map((line) => line.name).join(', ');
  const sessionOpen = state.kind !== 'due' || state.sessionOpen;
  return (
    <>
      <Alert
        type="warning"
        showIcon
        className="cash-after-intake"
        data-testid="intake-fee-due"
        title={`Thu phí trước khi giải quyết: ${formatVnd(fee.amount)} chưa thu (${names}).`}
        description={sessionOpen ? undefined : 'Chưa mở ca thu tiền: mở ca ở màn hình Thu phí rồi thu phí hồ sơ này.'}
        action={
          sessionOpen ? (
            <Button type="primary" onClick={() => setState({ kind: 'collecting', fee })}>
              Thu phí ngay
            </Button>
          ) : (
            <Button onClick={() => openScreen('cash')}>Sang màn hình Thu phí</Button>
          )
        }
      />
      {state.kind === 'collecting' ? (
        <CollectDialog fee={fee} onCancel={() => {
            setState({ kind: 'due', fee, sessionOpen: true });
            setAsked((n) => n + 1);
          }} onCollected={(result) => setState({ kind: 'collected', fee, result })} />
      ) : null}
      {state.kind === 'collected' ? <CollectedDialog result={state.result} onDone={() => setState({ kind: 'done', fee, result: state.result })} /> : null}
    </>
  );
}
