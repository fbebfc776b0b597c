import { Alert, App, Button, Card, Form, Input, InputNumber, Space, Table, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import type { BackupListItem, BackupSettings } from '../../../../shared/api';
import { call, messageOf } from '../../api';
import { useFormSubmit } from '../../ui/use-form-submit';
import { timeAndDateInWords } from '../../ui/vietnam-time';
import { BACKUP_CHANGED_EVENT } from './BackupReminder';
import { RestoreBackupDialog } from './RestoreBackupDialog';

interface FolderValues {
  folder: string;
  keepDaily: number;
  keepMonthly: number;
  dailyAt: string;
}

/**
 * "Sao lưu dữ liệu" (admin): the backup folder (a USB drive or a network share), how many backups
 * are kept and when the daily one is taken, "Sao lưu ngay", every backup with "Kiểm tra" and "Khôi phục…",
 * and "Khôi phục từ bản sao lưu…" for one brought on a drive.
 */
export function BackupFolderCard() {
  const { message } = App.useApp();
  const [form] = Form.useForm<FolderValues>();
  const { saving, error, run } = useFormSubmit(form);
  const [settings, setSettings] = useState<BackupSettings | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [list, setList] = useState<BackupListItem[]>([]);
  const [working, setWorking] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  // The restore dialog: null closed, else the backup folder it starts with ('' to type one).
  const [restoring, setRestoring] = useState<string | null>(null);

  const reload = useCallback(
    () =>
      Promise.all([call('backup.settings'), call('backup.list')]).then(
        ([loaded, backups]) => {
          window.dispatchEvent(new Event(BACKUP_CHANGED_EVENT));
          setSettings(loaded);
          setList(backups);
          setLoadError(null);
          // A field the admin has typed into is never overwritten by a late load.
          if (!form.isFieldsTouched()) form.setFieldsValue({ folder: loaded.folder ?? '', keepDaily: loaded.keepDaily, keepMonthly: loaded.keepMonthly, dailyAt: loaded.dailyAt });
        },
        (e: unknown) => setLoadError(messageOf(e)),
      ),
    [form],
  );
  useEffect(() => {
    void reload();
  }, [reload]);

  const save = (values: FolderValues) =>
    run(async () => {
      const saved = await call('backup.configure', { folder: values.folder.trim(), keepDaily: values.keepDaily, keepMonthly: values.keepMonthly, dailyAt: values.dailyAt.trim() });
      setSettings(saved);
      window.dispatchEvent(new Event(BACKUP_CHANGED_EVENT));
      form.resetFields();
      form.setFieldsValue({ folder: saved.folder ?? '', keepDaily: saved.keepDaily, keepMonthly: saved.keepMonthly, dailyAt: saved.dailyAt });
      message.success('Đã lưu thiết lập sao lưu.');
    });

  const backupNow = async () => {
    setWorking('create');
    setProblem(null);
    try {
      const created = await call('backup.create');
      message.success(`Đã sao lưu ${created.dossiers} hồ sơ, ${created.files} tệp vào ${created.path}.`);
      await reload();
    } catch (e) {
      setProblem(`Không sao lưu được: ${messageOf(e)}`);
    } finally {
      setWorking(null);
    }
  };

  const verify = async (id: string) => {
    setWorking(id);
    setProblem(null);
    try {
      const result = await call('backup.verify', { id });
      if (result.ok) message.success(`Bản sao lưu ${id} nguyên vẹn.`);
      else setProblem(`Bản sao lưu ${id} có lỗi: ${result.problems.join(' ')}`);
      await reload();
    } catch (e) {
      setProblem(`Không kiểm tra được ${id}: ${messageOf(e)}`);
    } finally {
      setWorking(null);
    }
  };

  const last = settings?.lastBackup;
  return (
    <Card
      title="Sao lưu dữ liệu"
      data-testid="backup-settings"
      extra={
        <Space>
          <Button onClick={() => setRestoring('')} data-testid="restore-open">
            Khôi phục từ bản sao lưu…
          </Button>
          <Button type="primary" onClick={() => void backupNow()} loading={working === 'create'} disabled={!settings?.folder} data-testid="backup-now">
            Sao lưu ngay
          </Button>
        </Space>
      }
    >
      {loadError ? <Alert type="error" showIcon title={`Không tải được thiết lập sao lưu: ${loadError}`} className="desk-form-alert" /> : null}
      {last ? (
        <Alert
          type={last.ok ? 'success' : 'error'}
          showIcon
          data-testid="backup-last"
          title={`Lần sao lưu gần nhất: ${timeAndDateInWords(last.at)}, ${last.ok ? 'thành công' : `lỗi: ${last.problem ?? ''}`}`}
          className="desk-form-alert"
        />
      ) : (
        <Alert type="warning" showIcon title="Chưa có bản sao lưu nào." className="desk-form-alert" />
      )}
      {problem ? <Alert type="error" showIcon role="alert" title={problem} className="desk-form-alert" data-testid="backup-problem" /> : null}
      <Form<FolderValues> form={form} layout="vertical" onFinish={(v) => void save(v)} disabled={!settings} requiredMark={false}>
        <Form.Item
          name="folder"
          label="Thư mục sao lưu"
          rules={[{ required: true, whitespace: true, message: 'Chọn thư mục sao lưu (ổ USB hoặc thư mục mạng), đường dẫn đầy đủ.' }]}
          extra="Đường dẫn đầy đủ, ngoài thư mục dữ liệu của phần mềm, ví dụ E:\\SaoLuu hoặc /media/usb/saoluu."
        >
          <Input autoComplete="off" maxLength={500} />
        </Form.Item>
        <Space size="middle" wrap>
          <Form.Item name="dailyAt" label="Sao lưu hằng ngày lúc" rules={[{ required: true, pattern: /^([01]\d|2[0-3]):[0-5]\d$/, message: 'Giờ dạng HH:mm, ví dụ 12:00.' }]}>
            <Input autoComplete="off" maxLength={5} style={{ width: 100 }} />
          </Form.Item>
          <Form.Item name="keepDaily" label="Giữ bản hằng ngày" rules={[{ required: true, message: 'Nhập số bản.' }]}>
            <InputNumber min={1} max={366} precision={0} />
          </Form.Item>
          <Form.Item name="keepMonthly" label="Giữ bản hằng tháng" rules={[{ required: true, message: 'Nhập số bản.' }]}>
            <InputNumber min={1} max={240} precision={0} />
          </Form.Item>
        </Space>
        {error ? <Alert type="error" showIcon title={error} className="desk-form-alert" /> : null}
        <Button htmlType="submit" loading={saving}>
          Lưu thiết lập sao lưu
        </Button>
      </Form>
      <Typography.Paragraph type="secondary" className="desk-settings-note">
        Phần mềm tự sao lưu hằng ngày vào giờ đã đặt và khi ca thu tiền cuối cùng trong ngày đóng. Bản sao lưu được mã hoá bằng cùng khoá với cơ
        sở dữ liệu; chỉ bản đã kiểm tra nguyên vẹn mới bị xoá khi quá số bản giữ lại.
      </Typography.Paragraph>
      <Table<BackupListItem>
        size="small"
        rowKey="id"
        data-testid="backup-list"
        dataSource={list}
        pagination={{ pageSize: 5, hideOnSinglePage: true }}
        locale={{ emptyText: 'Chưa có bản sao lưu trong thư mục này.' }}
        columns={[
          { title: 'Bản sao lưu', dataIndex: 'createdAt', render: (at: string) => timeAndDateInWords(at) },
          { title: 'Dung lượng', dataIndex: 'bytes', render: (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB` },
          { title: 'Tình trạng', dataIndex: 'ok', render: (ok: boolean) => (ok ? <Tag color="green">Nguyên vẹn</Tag> : <Tag color="red">Không đọc được</Tag>) },
          {
            title: '',
            key: 'verify',
            render: (_: unknown, item) => (
              <Space size="small">
                <Button size="small" onClick={() => void verify(item.id)} loading={working === item.id}>
                  Kiểm tra
                </Button>
                <Button size="small" onClick={() => setRestoring(item.path)} disabled={!item.ok}>
                  Khôi phục…
                </Button>
              </Space>
            ),
          },
        ]}
      />
      <RestoreBackupDialog path={restoring} onClose={() => setRestoring(null)} />
    </Card>
  );
}
