import { Alert, Button, DatePicker, Form, Input, Modal, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import type { DossierDetail } from '../../../../shared/api';
import { ACTION_RULES, type DossierAction } from '../../../../shared/dossier-lifecycle';
import { call, messageOf } from '../../api';
import { UnpaidFeeWarning, useUnpaidBeforeFee } from '../cash';
import { HandOverRecipientFields } from './HandOverRecipientFields';
import { vnWallTimeToIso } from '../../ui/vietnam-time';

type FormValues = Record<string, string | Dayjs | undefined>;

const lines = (value: unknown): string[] =>
  String(value ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

const optional = (value: unknown): string | undefined => {
  const text = String(value ?? '').trim();
  return text ? text : undefined;
};

/** What each action asks the officer, and how the answers become the API call. */
const HINTS: Partial<Record<DossierAction, string>> = {
  accept: 'Hồ sơ nộp trực tuyến sẽ chuyển sang trạng thái "Được tiếp nhận" và bắt đầu tính thời hạn giải quyết.',
  requestSupplement: 'Thời hạn giải quyết tạm dừng cho đến khi công dân nộp bổ sung. Sau khi lưu, in Phiếu yêu cầu bổ sung (Mẫu 02) cho công dân.',
  receiveSupplement: 'Thời gian chờ bổ sung được cộng vào hạn trả theo quy định của thủ tục.',
  handOff: 'Hồ sơ được chuyển cho bộ phận chuyên môn giải quyết.',
  markProcessed: 'Chỉ lãnh đạo được ghi nhận kết quả đã có; thường kết quả được cập nhật từ Cổng dịch vụ công.',
  refuse: 'Sau khi lưu, in Phiếu từ chối tiếp nhận (Mẫu 03) cho công dân.',
  withdraw: 'Hồ sơ dừng giải quyết theo yêu cầu của công dân.',
  reschedule: 'Hồ sơ trễ hạn cần văn bản xin lỗi và hẹn lại ngày trả (Mẫu 04).',
};

function runAction(action: DossierAction, dossier: DossierDetail, v: FormValues): Promise<DossierDetail> {
  const id = dossier.id;
  switch (action) {
    case 'accept':
      return call('dossiers.accept', { id });
    case 'refuse':
      return call('dossiers.refuse', { id, reasons: lines(v.reasons) });
    case 'requestSupplement':
      return call('dossiers.requestSupplement', { id, reason: String(v.reason ?? ''), items: lines(v.items) });
    case 'receiveSupplement':
      return call('dossiers.receiveSupplement', { id, note: optional(v.note) });
    case 'handOff':
      return call('dossiers.handOff', { id, note: optional(v.note) });
    case 'markProcessed':
      return call('dossiers.markProcessed', { id, note: optional(v.note) });
    case 'handOver':
      return call('dossiers.handOver', {
        id,
        collectedBy: { fullName: String(v.fullName ?? ''), idNumber: optional(v.idNumber), relation: optional(v.relation) },
      });
    case 'withdraw':
      return call('dossiers.withdraw', { id, reason: String(v.reason ?? '') });
    case 'reschedule': {
      const when = v.newDueAt as Dayjs | undefined;
      const newDueAt = when ? vnWallTimeToIso(when.format('YYYY-MM-DD'), when.format('HH:mm')) : '';
      return call('dossiers.reschedule', { id, newDueAt, reason: String(v.reason ?? '') });
    }
    case 'update': {
      const a = dossier.applicant;
      const applicant: Record<string, string> = {};
      for (const key of ['fullName', 'phone', 'address'] as const) {
        const value = String(v[key] ?? '').trim();
        if (value !== (a[key] ?? '')) applicant[key] = value;
      }
      const note = String(v.note ?? '').trim();
      return call('dossiers.update', {
        id,
        ...(Object.keys(applicant).length ? { applicant } : {}),
        ...(note !== (dossier.note ?? '') ? { note } : {}),
        ...(v.returnMethod !== dossier.returnMethod ? { returnMethod: v.returnMethod as 'counter' | 'post' } : {}),
        ...(optional(v.postalAddress) !== (dossier.postalAddress ?? undefined) ? { postalAddress: optional(v.postalAddress) } : {}),
      });
    }
  }
}

function initialValues(action: DossierAction, dossier: DossierDetail): FormValues {
  if (action === 'update')
    return {
      fullName: dossier.applicant.fullName,
      phone: dossier.applicant.phone ?? '',
      address: dossier.applicant.address,
      note: dossier.note ?? '',
      returnMethod: dossier.returnMethod,
      postalAddress: dossier.postalAddress ?? '',
    };
  if (action === 'handOver') return { fullName: dossier.applicant.fullName, idNumber: dossier.applicant.idNumber ?? '' };
  if (action === 'reschedule') return { newDueAt: dossier.dueAt ? dayjs(dossier.dueAt).add(1, 'day') : undefined };
  return {};
}

const requiredRule = (label: string) => ({ required: true, whitespace: true, message: `${label}: bắt buộc nhập.` });

/**
 * The papers to ask for: one line each, typed or added with a click from the procedure's
 * checklist, whose names Mẫu 02 then matches to say "Bản chính" or "Bản sao".
 */
function SupplementItems({ components }: { components: DossierDetail['components'] }) {
  const form = Form.useFormInstance<FormValues>();
  const add = (name: string) => {
    const lines = String(form.getFieldValue('items') ?? '').split('\n').map((line) => line.trim()).filter(Boolean);
    if (!lines.includes(name)) form.setFieldsValue({ items: [...lines, name].join('\n') });
  };
  return (
    <>
      <Form.Item name="items" label="Giấy tờ cần bổ sung (mỗi giấy tờ một dòng)" rules={[requiredRule('Giấy tờ cần bổ sung')]}>
        <Input.TextArea rows={4} />
      </Form.Item>
      {components.length ? (
        <div className="queue-supplement-picks" data-testid="supplement-picks">
          <span className="queue-supplement-picks-label">Thêm từ danh mục:</span>
          {components.map((c) => (
            <Button key={c.code} size="small" onClick={() => add(c.name)}>
              {c.name}
            </Button>
          ))}
        </div>
      ) : null}
    </>
  );
}

function Fields({ action, dossier }: { action: DossierAction; dossier: DossierDetail }) {
  switch (action) {
    case 'refuse':
      return (
        <Form.Item name="reasons" label="Lý do từ chối (mỗi lý do một dòng)" rules={[requiredRule('Lý do từ chối')]}>
          <Input.TextArea rows={4} autoFocus />
        </Form.Item>
      );
    case 'requestSupplement':
      return (
        <>
          <Form.Item name="reason" label="Lý do" rules={[requiredRule('Lý do')]}>
            <Input.TextArea rows={2} autoFocus />
          </Form.Item>
          <SupplementItems components={dossier.components} />
        </>
      );
    case 'receiveSupplement':
    case 'handOff':
    case 'markProcessed':
      return (
        <Form.Item name="note" label="Ghi chú (không bắt buộc)">
          <Input.TextArea rows={2} autoFocus />
        </Form.Item>
      );
    case 'handOver':
      return <HandOverRecipientFields />;
    case 'withdraw':
      return (
        <Form.Item name="reason" label="Lý do" rules={[requiredRule('Lý do')]}>
          <Input.TextArea rows={3} autoFocus />
        </Form.Item>
      );
    case 'reschedule':
      return (
        <>
          <Form.Item name="newDueAt" label="Ngày giờ hẹn mới" rules={[{ required: true, message: 'Ngày giờ hẹn mới: bắt buộc nhập.' }]}>
            <DatePicker showTime={{ format: 'HH:mm' }} format="DD/MM/YYYY HH:mm" placeholder="dd/mm/yyyy hh:mm" style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="reason" label="Lý do" rules={[requiredRule('Lý do')]}>
            <Input.TextArea rows={3} />
          </Form.Item>
        </>
      );
    case 'update':
      return (
        <>
          <Form.Item name="fullName" label="Họ và tên" rules={[requiredRule('Họ và tên')]}>
            <Input autoFocus />
          </Form.Item>
          <Form.Item name="phone" label="Số điện thoại">
            <Input />
          </Form.Item>
          <Form.Item name="address" label="Địa chỉ" rules={[requiredRule('Địa chỉ')]}>
            <Input />
          </Form.Item>
          <Form.Item name="returnMethod" label="Hình thức trả kết quả">
            <Select
              options={[
                { value: 'counter', label: 'Tại Bộ phận Một cửa' },
                { value: 'post', label: 'Qua dịch vụ bưu chính' },
              ]}
            />
          </Form.Item>
          <Form.Item name="postalAddress" label="Địa chỉ nhận qua bưu chính">
            <Input />
          </Form.Item>
          <Form.Item name="note" label="Ghi chú">
            <Input.TextArea rows={2} />
          </Form.Item>
        </>
      );
    case 'accept':
      return null;
  }
}

interface Props {
  action: DossierAction;
  dossier: DossierDetail;
  onClose: () => void;
  onDone: (updated: DossierDetail, action: DossierAction) => void;
}

/** One lifecycle action: its questions, the call, and the server's refusal shown as it came. */
export function ActionDialog({ action, dossier, onClose, onDone }: Props) {
  const [form] = Form.useForm<FormValues>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const label = ACTION_RULES[action].label;
  const unpaidFee = useUnpaidBeforeFee(dossier, action === 'handOff');

  const submit = async () => {
    if (unpaidFee === undefined) return; // the fee check takes a moment: the warning must show first
    let values: FormValues;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const updated = await runAction(action, dossier, values);
      onDone(updated, action);
    } catch (failure) {
      setError(messageOf(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      title={label}
      okText={unpaidFee ? 'Vẫn chuyển xử lý' : 'Xác nhận'}
      cancelText="Hủy"
      confirmLoading={busy}
      onOk={() => void submit()}
      onCancel={onClose}
      destroyOnHidden
      width={560}
      okButtonProps={{ danger: action === 'refuse' || action === 'withdraw' }}
      data-testid="action-dialog"
    >
      <Typography.Paragraph type="secondary" className="queue-action-target">
        Hồ sơ <strong>{dossier.code}</strong> · {dossier.applicantName}
      </Typography.Paragraph>
      {HINTS[action] ? <Typography.Paragraph className="queue-action-hint">{HINTS[action]}</Typography.Paragraph> : null}
      {unpaidFee ? <UnpaidFeeWarning fee={unpaidFee} /> : null}
      {error ? <Alert type="error" showIcon title={error} role="alert" className="desk-form-alert" data-testid="action-error" /> : null}
      <Form
        form={form}
        layout="vertical"
        initialValues={initialValues(action, dossier)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.ctrlKey || (event.target as HTMLElement).tagName === 'INPUT')) {
            event.preventDefault();
            void submit();
          }
        }}
      >
        <Fields action={action} dossier={dossier} />
      </Form>
    </Modal>
  );
}
