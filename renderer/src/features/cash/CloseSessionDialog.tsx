import { Alert, Button, Form, Input, Modal, Typography } from 'antd';
import type { TextAreaRef } from 'antd/es/input/TextArea';
import { useRef, useState, type KeyboardEvent } from 'react';
import type { CashSessionView, CloseResult } from '../../../../shared/api';
import { formatVnd } from '../../../../shared/money';
import { call, isDeskApiError, messageOf } from '../../api';
import { DifferenceText } from './DifferenceText';
import { MoneyInput } from './MoneyInput';

interface CloseSessionDialogProps {
  session: CashSessionView;
  denominations: number[];
  onClosed: (result: CloseResult) => void;
  onCancel: () => void;
}

/** Đóng ca: the cash counted note by note, against what the drawer should hold, and a hand-over note. */
export function CloseSessionDialog({ session, denominations, onClosed, onCancel }: CloseSessionDialogProps) {
  const [counts, setCounts] = useState<Record<string, number | null>>({});
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const noteRef = useRef<TextAreaRef>(null);

  const counted = denominations.reduce((sum, value) => sum + value * (counts[value] ?? 0), 0);
  const difference = counted - session.expected;

  const close = async () => {
    setBusy(true);
    setError(null);
    try {
      const entries = denominations.map((value) => [String(value), counts[value] ?? 0] as const).filter(([, n]) => n > 0);
      const trimmed = note.trim();
      const result = await call('cash.close', { counted: Object.fromEntries(entries), ...(trimmed ? { note: trimmed } : {}) });
      onClosed(result);
    } catch (failure) {
      setError(messageOf(failure));
      if (isDeskApiError(failure) && failure.code === 'UNSYNCED_PAYMENTS') noteRef.current?.focus();
    } finally {
      setBusy(false);
    }
  };

  // Enter moves on to the next denomination (then to the note); Ctrl+Enter closes the session.
  const nextOnEnter = (index: number) => (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter' || event.ctrlKey) return;
    event.preventDefault();
    const next = document.getElementById(`cash-count-${denominations[index + 1] ?? ''}`);
    if (next) next.focus();
    else noteRef.current?.focus();
  };
  const submitOnCtrlEnter = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && event.ctrlKey) {
      event.preventDefault();
      void close();
    }
  };

  return (
    <Modal open title="Đóng ca thu tiền" onCancel={onCancel} footer={null} width={760} destroyOnHidden>
      <Form layout="horizontal" component="div" className="cash-close-form" onKeyDown={submitOnCtrlEnter}>
        <Typography.Paragraph type="secondary">Nhập số tờ của từng mệnh giá. Enter: sang ô kế tiếp; Ctrl+Enter: đóng ca.</Typography.Paragraph>
        <div className="cash-denominations" role="group" aria-label="Số tờ theo mệnh giá">
          {denominations.map((value, index) => (
            <div key={value} className="cash-denomination">
              <label htmlFor={`cash-count-${value}`}>{formatVnd(value)}</label>
              <MoneyInput
                id={`cash-count-${value}`}
                suffix="tờ"
                step={1}
                max={100_000}
                autoFocus={index === 0}
                value={counts[value] ?? null}
                onChange={(n) => setCounts((previous) => ({ ...previous, [value]: n === null || n === undefined ? null : Number(n) }))}
                onKeyDown={nextOnEnter(index)}
              />
              <span className="cash-amount">{formatVnd(value * (counts[value] ?? 0))}</span>
            </div>
          ))}
        </div>
        <dl className="cash-close-summary">
          <dt>Tổng tiền đếm được</dt>
          <dd data-testid="cash-counted">{formatVnd(counted)}</dd>
          <dt>Tiền mặt phải có</dt>
          <dd>{formatVnd(session.expected)}</dd>
          <dt>Chênh lệch</dt>
          <dd data-testid="cash-difference">
            <DifferenceText difference={difference} />
          </dd>
        </dl>
        <Form.Item label="Ghi chú bàn giao" htmlFor="cash-close-note" layout="vertical">
          <Input.TextArea id="cash-close-note" ref={noteRef} rows={2} maxLength={1000} value={note} onChange={(event) => setNote(event.target.value)} />
        </Form.Item>
        {error ? <Alert type="error" showIcon role="alert" title={error} className="cash-dialog-alert" /> : null}
        <div className="cash-dialog-actions">
          <Button onClick={onCancel}>Hủy bỏ</Button>
          <Button type="primary" loading={busy} onClick={() => void close()}>
            Đóng ca
          </Button>
        </div>
      </Form>
    </Modal>
  );
}
