import { Alert, Button, Form, Input, Modal, Typography } from 'antd';
import type { TextAreaRef } from 'antd/es/input/TextArea';
import { useRef, useState, type KeyboardEvent } from 'react';
import type { CashSessionView, CloseResult } from '../../../../shared/api';
import { formatVnd } from '../../../../shared/money';
import { call, isDeskApiError, messageOf } from '../../api';
import { CloseDifferenceReview, type ApprovalValues } from './CloseDifferenceReview';
import { DifferenceText } from './DifferenceText';
import { MoneyInput } from './MoneyInput';

interface CloseSessionDialogProps {
  session: CashSessionView;
  denominations: number[];
  /** A shortage above this (whole đồng) needs a supervisor's approval. */
  shortageApprovalThreshold: number;
  onClosed: (result: CloseResult) => void;
  onCancel: () => void;
}

/**
 * Đóng ca: the cash counted note by note, against what the drawer should hold, and a hand-over note.
 * A balanced count closes at once; a difference first goes to a review the officer confirms.
 */
export function CloseSessionDialog({ session, denominations, shortageApprovalThreshold, onClosed, onCancel }: CloseSessionDialogProps) {
  const [counts, setCounts] = useState<Record<string, number | null>>({});
  const [note, setNote] = useState('');
  const [step, setStep] = useState<'count' | 'review'>('count');
  const [approval, setApproval] = useState<ApprovalValues>({ username: '', password: '' });
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const noteRef = useRef<TextAreaRef>(null);

  const counted = denominations.reduce((sum, value) => sum + value * (counts[value] ?? 0), 0);
  const difference = counted - session.expected;
  const needsApproval = difference < 0 && -difference > shortageApprovalThreshold;

  const close = async () => {
    setBusy(true);
    setError(null);
    setFieldErrors({});
    try {
      const entries = denominations.map((value) => [String(value), counts[value] ?? 0] as const).filter(([, n]) => n > 0);
      const trimmed = note.trim();
      const result = await call('cash.close', {
        counted: Object.fromEntries(entries),
        ...(trimmed ? { note: trimmed } : {}),
        ...(difference !== 0 ? { confirmedDifference: difference } : {}),
        ...(needsApproval ? { approval } : {}),
      });
      onClosed(result);
    } catch (failure) {
      // A refusal naming a field of the review shows under it; any other above the buttons.
      const fields = isDeskApiError(failure) ? failure.fields : {};
      const underField = step === 'review' && ['note', 'approval.username', 'approval.password'].some((name) => fields[name]);
      setFieldErrors(fields);
      setError(underField ? null : messageOf(failure));
      if (isDeskApiError(failure) && failure.code === 'UNSYNCED_PAYMENTS') noteRef.current?.focus();
      setApproval((previous) => ({ ...previous, password: '' }));
      setBusy(false);
    }
  };

  // Balanced: close. Otherwise the review, where only its button closes.
  const proceed = () => {
    if (difference === 0) {
      void close();
      return;
    }
    setError(null);
    setFieldErrors({});
    setStep('review');
  };

  const confirm = () => {
    const missing: Record<string, string> = {};
    if (!note.trim()) missing.note = 'Lý do chênh lệch: bắt buộc nhập.';
    if (needsApproval && !approval.username.trim()) missing['approval.username'] = 'Tên đăng nhập của lãnh đạo: bắt buộc nhập.';
    if (needsApproval && !approval.password) missing['approval.password'] = 'Mật khẩu của lãnh đạo: bắt buộc nhập.';
    setFieldErrors(missing);
    if (Object.keys(missing).length === 0) void close();
  };

  const clearFieldErrors = (names: string[]) =>
    setFieldErrors((previous) => (names.some((name) => previous[name]) ? Object.fromEntries(Object.entries(previous).filter(([name]) => !names.includes(name))) : previous));

  const backToCount = () => {
    setStep('count');
    setError(null);
    setFieldErrors({});
    window.setTimeout(() => document.getElementById(`cash-count-${denominations[0] ?? ''}`)?.focus(), 0);
  };

  // Enter moves on to the next denomination (then to the note); Ctrl+Enter closes a balanced count or opens the review.
  const nextOnEnter = (index: number) => (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter' || event.ctrlKey) return;
    event.preventDefault();
    const next = document.getElementById(`cash-count-${denominations[index + 1] ?? ''}`);
    if (next) next.focus();
    else noteRef.current?.focus();
  };
  const proceedOnCtrlEnter = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && event.ctrlKey) {
      event.preventDefault();
      if (!event.repeat && !busy) proceed();
    }
  };

  const alert = error ? <Alert type="error" showIcon role="alert" title={error} className="cash-dialog-alert" /> : null;
  return (
    <Modal open title="Đóng ca thu tiền" onCancel={onCancel} footer={null} width={760} destroyOnHidden>
      {step === 'review' ? (
        <>
          <CloseDifferenceReview
            denominations={denominations}
            counts={counts}
            expected={session.expected}
            counted={counted}
            difference={difference}
            needsApproval={needsApproval}
            threshold={shortageApprovalThreshold}
            note={note}
            onNote={(next) => {
              setNote(next);
              clearFieldErrors(['note']);
            }}
            approval={approval}
            onApproval={(next) => {
              setApproval(next);
              clearFieldErrors(['approval.username', 'approval.password']);
            }}
            fieldErrors={fieldErrors}
            busy={busy}
            onBack={backToCount}
            onConfirm={confirm}
          />
          {alert}
        </>
      ) : (
        <Form layout="horizontal" component="div" className="cash-close-form" onKeyDown={proceedOnCtrlEnter}>
          <Typography.Paragraph type="secondary">
            Nhập số tờ của từng mệnh giá. Enter: sang ô kế tiếp; Ctrl+Enter: đóng ca (nếu có chênh lệch: xem lại trước khi đóng).
          </Typography.Paragraph>
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
          {alert}
          <div className="cash-dialog-actions">
            <Button onClick={onCancel}>Hủy bỏ</Button>
            <Button type="primary" loading={busy} onClick={proceed}>
              {difference === 0 ? 'Đóng ca' : 'Xem lại chênh lệch'}
            </Button>
          </div>
        </Form>
      )}
    </Modal>
  );
}
