import { Alert, App, Button, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import type { RestoreStaged } from '../../../../shared/api';
import { call } from '../../api';
import { findDeskBridge } from '../../api/desk-bridge';
import { useFormSubmit } from '../../ui/use-form-submit';
import { timeAndDateInWords } from '../../ui/vietnam-time';

interface RestoreValues {
  path: string;
  recoveryKey?: string;
}

/**
 * "Khôi phục từ bản sao lưu…" (admin): the backup folder (one of the list, or typed for a USB drive
 * brought from another machine) and, for another machine's backup, the printed recovery key. The
 * desk verifies it and uses it from its next start; the current data is kept beside it.
 */
export function RestoreBackupDialog({ path, onClose }: { path: string | null; onClose: () => void }) {
  const [form] = Form.useForm<RestoreValues>();
  const { saving, error, run } = useFormSubmit(form);
  const [staged, setStaged] = useState<RestoreStaged | null>(null);

  const submit = (values: RestoreValues) =>
    run(async () => {
      const key = values.recoveryKey?.trim();
      setStaged(await call('backup.restore', { path: values.path.trim(), ...(key ? { recoveryKey: key } : {}) }));
    });

  const close = () => {
    setStaged(null);
    form.resetFields();
    onClose();
  };

  return (
    <Modal
      title="Khôi phục từ bản sao lưu"
      open={path !== null}
      onCancel={close}
      destroyOnHidden
      data-testid="restore-dialog"
      footer={
        staged ? (
          <RestartButton staged={staged} onClose={close} />
        ) : (
          [
            <Button key="cancel" onClick={close}>
              Hủy bỏ
            </Button>,
            <Button key="ok" type="primary" danger loading={saving} onClick={() => form.submit()}>
              Kiểm tra và khôi phục
            </Button>,
          ]
        )
      }
    >
      {staged ? (
        <StagedNotice staged={staged} />
      ) : (
        <>
          <Typography.Paragraph>
            Phần mềm kiểm tra bản sao lưu (mọi tệp, mã SHA-256, cơ sở dữ liệu) rồi dùng nó từ lần khởi động tới. Dữ liệu hiện tại không bị xoá: được giữ
            nguyên trong một thư mục bên cạnh. Hồ sơ, biên lai sau thời điểm sao lưu chỉ còn ở dữ liệu cũ và trên cổng dịch vụ công.
          </Typography.Paragraph>
          {error ? <Alert type="error" showIcon role="alert" title={error} className="desk-form-alert" data-testid="restore-problem" /> : null}
          <Form<RestoreValues> form={form} layout="vertical" onFinish={(v) => void submit(v)} initialValues={{ path: path ?? '' }} requiredMark={false}>
            <Form.Item name="path" label="Thư mục bản sao lưu" rules={[{ required: true, whitespace: true, message: 'Thư mục bản sao lưu: bắt buộc nhập.' }]} extra="Thư mục motcua-backup-..., đường dẫn đầy đủ.">
              <Input autoComplete="off" maxLength={1000} />
            </Form.Item>
            <Form.Item
              name="recoveryKey"
              label="Khoá khôi phục (khi bản sao lưu từ máy khác)"
              extra="16 nhóm 4 ký tự trên phiếu khoá khôi phục của máy đã sao lưu. Để trống nếu bản sao lưu do chính máy này tạo."
            >
              <Input autoComplete="off" spellCheck={false} maxLength={200} className="desk-restore-key" />
            </Form.Item>
          </Form>
        </>
      )}
    </Modal>
  );
}

function StagedNotice({ staged }: { staged: RestoreStaged }) {
  return (
    <Alert
      type="success"
      showIcon
      data-testid="restore-staged"
      title={`Bản sao lưu lúc ${timeAndDateInWords(staged.backupCreatedAt)} đã kiểm tra nguyên vẹn và sẵn sàng khôi phục.`}
      description={
        staged.restart === 'app'
          ? 'Khởi động lại ứng dụng để làm việc trên dữ liệu đã khôi phục. Dữ liệu hiện tại được giữ ở thư mục bên cạnh.'
          : `Dừng máy chủ và chạy lại npm run host với cùng thư mục dữ liệu (${staged.target}); dữ liệu hiện tại được giữ ở thư mục bên cạnh. Môi trường chính thức: MOTCUA_DB_KEY là khoá khôi phục của bản sao lưu.`
      }
    />
  );
}

function RestartButton({ staged, onClose }: { staged: RestoreStaged; onClose: () => void }) {
  const { message } = App.useApp();
  const desk = findDeskBridge();
  if (staged.restart !== 'app' || !desk) return <Button onClick={onClose}>Đóng</Button>;
  const relaunch = () =>
    void desk.relaunch().then((result) => {
      if (!result.ok) message.error(result.message);
    });
  return (
    <Button type="primary" onClick={relaunch}>
      Khởi động lại ngay
    </Button>
  );
}
