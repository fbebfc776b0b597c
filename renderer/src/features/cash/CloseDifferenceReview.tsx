import { Alert, Button, Form, Input } from 'antd';
import { PasswordInput } from '../../ui/PasswordInput';
import { formatVnd } from '../../../../shared/money';
import { DifferenceText } from './DifferenceText';

export interface ApprovalValues {
  username: string;
  password: string;
}

interface CloseDifferenceReviewProps {
  denominations: number[];
  counts: Record<string, number | null>;
  expected: number;
  counted: number;
  difference: number;
  /** The shortage is above the cash setting: a supervisor approves at the counter. */
  needsApproval: boolean;
  threshold: number;
  note: string;
  onNote: (note: string) => void;
  approval: ApprovalValues;
  onApproval: (approval: ApprovalValues) => void;
  /** The server's messages by field (note, approval.username, approval.password). */
  fieldErrors: Record<string, string>;
  busy: boolean;
  onBack: () => void;
  onConfirm: () => void;
}

const fieldStatus = (message: string | undefined) => (message ? { validateStatus: 'error' as const, help: message } : {});

/**
 * The second step of Đóng ca when the count differs: what was counted note by note against the
 * expected total, the difference, a required note, and (for a shortage above the threshold) the
 * supervisor's approval. Nothing here closes on a key alone: the officer confirms with the button.
 */
export function CloseDifferenceReview(props: CloseDifferenceReviewProps) {
  const { denominations, counts, expected, counted, difference, needsApproval, threshold, note, approval, fieldErrors, busy } = props;
  const rows = denominations.filter((value) => (counts[value] ?? 0) > 0);
  const words = difference < 0 ? `thiếu ${formatVnd(-difference)}` : `thừa ${formatVnd(difference)}`;

  return (
    <Form layout="vertical" component="div" className="cash-close-review" data-testid="cash-close-review">
      <Alert
        type="warning"
        showIcon
        className="cash-dialog-alert"
        title={`Tiền đếm được ${words} so với tiền mặt phải có.`}
        description='Kiểm tra số tờ từng mệnh giá dưới đây. Nếu nhập nhầm ô, bấm "Đếm lại"; nếu đúng, ghi lý do và xác nhận.'
      />
      <div className="cash-close-review-columns">
        <table className="cash-close-breakdown" aria-label="Số tờ đếm được theo mệnh giá">
          <thead>
            <tr>
              <th scope="col">Mệnh giá</th>
              <th scope="col">Số tờ</th>
              <th scope="col">Thành tiền</th>
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 ? (
              <tr>
                <td colSpan={3} className="cash-muted">
                  Chưa nhập số tờ nào.
                </td>
              </tr>
            ) : (
              rows.map((value) => (
                <tr key={value} data-testid="cash-breakdown-row">
                  <td>{formatVnd(value)}</td>
                  <td>{counts[value]}</td>
                  <td>{formatVnd(value * (counts[value] ?? 0))}</td>
                </tr>
              ))
            )}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={2}>
                Tổng tiền đếm được
              </th>
              <td data-testid="review-counted">{formatVnd(counted)}</td>
            </tr>
            <tr>
              <th scope="row" colSpan={2}>
                Tiền mặt phải có
              </th>
              <td data-testid="review-expected">{formatVnd(expected)}</td>
            </tr>
            <tr className="cash-close-breakdown-difference">
              <th scope="row" colSpan={2}>
                Chênh lệch
              </th>
              <td data-testid="review-difference">
                <DifferenceText difference={difference} />
              </td>
            </tr>
          </tfoot>
        </table>
        <div className="cash-close-review-side">
          <Form.Item label="Lý do chênh lệch (bắt buộc)" htmlFor="cash-close-reason" required {...fieldStatus(fieldErrors.note)}>
            <Input.TextArea id="cash-close-reason" rows={3} maxLength={1000} autoFocus value={note} onChange={(event) => props.onNote(event.target.value)} />
          </Form.Item>
          {needsApproval ? (
            <fieldset className="cash-approval" data-testid="cash-close-approval">
              <legend>Lãnh đạo duyệt tại quầy</legend>
              <p className="cash-muted">
                {threshold > 0 ? `Thiếu quá ${formatVnd(threshold)}` : 'Thiếu tiền'}: cần lãnh đạo bộ phận (không phải người đóng ca) nhập tài khoản của mình.
              </p>
              <Form.Item label="Tên đăng nhập" htmlFor="cash-close-approver" required {...fieldStatus(fieldErrors['approval.username'])}>
                <Input id="cash-close-approver" autoComplete="off" value={approval.username} onChange={(event) => props.onApproval({ ...approval, username: event.target.value })} />
              </Form.Item>
              <Form.Item label="Mật khẩu" htmlFor="cash-close-approver-password" required {...fieldStatus(fieldErrors['approval.password'])}>
                <PasswordInput id="cash-close-approver-password" autoComplete="off" value={approval.password} onChange={(event) => props.onApproval({ ...approval, password: event.target.value })} />
              </Form.Item>
            </fieldset>
          ) : null}
        </div>
      </div>
      <div className="cash-dialog-actions">
        <Button onClick={props.onBack}>Đếm lại</Button>
        <Button type="primary" danger={difference < 0} loading={busy} onClick={props.onConfirm}>
          {needsApproval ? `Duyệt và đóng ca (${words})` : `Xác nhận ${words} và đóng ca`}
        </Button>
      </div>
    </Form>
  );
}
