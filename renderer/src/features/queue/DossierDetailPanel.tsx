import { Alert, App, Button, Descriptions, Drawer, Empty, Space, Spin, Table, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import type { DossierDetail } from '../../../../shared/api';
import { ACTION_RULES, type DossierAction } from '../../../../shared/dossier-lifecycle';
import { formatVnd } from '../../../../shared/money';
import { overdueText } from '../../../../shared/processing-time-text';
import { messageOf } from '../../api';
import { printForm, type DossierFormKind } from '../../print';
import { AttachmentsPanel } from '../attachments';
import { OPEN_STATUSES, type DossierStatus } from '../../../../shared/dossier-status';
import { ActionDialog } from './ActionDialog';
import { hasPaperAfter, paperPrintedAtOnce, PaperAfterAction } from './PaperAfterAction';
import { DossierOriginNote } from './DossierOriginNote';
import { useDossier } from './use-dossier';
import { StatusTag } from './status-tag';
import { SyncStateTag } from './sync-state-tag';
import { vnDateTime } from '../../ui/vietnam-time';

/** The order the buttons appear in: the usual next step first, the rare ones last. */
const ACTION_ORDER: DossierAction[] = [
  'accept',
  'handOff',
  'receiveSupplement',
  'markProcessed',
  'handOver',
  'requestSupplement',
  'reschedule',
  'update',
  'refuse',
  'withdraw',
];
const PRIMARY: ReadonlySet<DossierAction> = new Set(['accept', 'handOff', 'receiveSupplement', 'markProcessed', 'handOver']);
const DANGER: ReadonlySet<DossierAction> = new Set(['refuse', 'withdraw']);

const DONE_MESSAGES: Record<DossierAction, string> = {
  accept: 'Đã tiếp nhận hồ sơ.',
  refuse: 'Đã từ chối tiếp nhận hồ sơ.',
  requestSupplement: 'Đã ghi nhận yêu cầu bổ sung.',
  receiveSupplement: 'Đã nhận hồ sơ bổ sung.',
  handOff: 'Đã chuyển hồ sơ sang xử lý.',
  markProcessed: 'Đã ghi nhận hồ sơ đã xử lý xong.',
  handOver: 'Đã trả kết quả.',
  withdraw: 'Đã ghi nhận rút hồ sơ.',
  reschedule: 'Đã hẹn lại ngày trả.',
  update: 'Đã sửa thông tin hồ sơ.',
};

const RETURN_METHODS = { counter: 'Tại Bộ phận Một cửa', post: 'Qua dịch vụ bưu chính' } as const;

function PrintButtons({ dossier }: { dossier: DossierDetail }) {
  const { message } = App.useApp();
  const print = (kind: DossierFormKind) =>
    printForm({ kind, dossierId: dossier.id }).catch((failure: unknown) => message.error(messageOf(failure)));
  const supplementRequested = dossier.supplement !== null || dossier.history.some((entry) => entry.status === 5);
  const refused = dossier.status === 3 || (dossier.refusalReasons?.length ?? 0) > 0;
  return (
    <Space wrap size={8}>
      {dossier.status !== 1 && !refused ? <Button onClick={() => void print('receipt')}>In giấy tiếp nhận</Button> : null}
      {supplementRequested ? <Button onClick={() => void print('supplement')}>In phiếu yêu cầu bổ sung</Button> : null}
      {refused ? <Button onClick={() => void print('refusal')}>In phiếu từ chối</Button> : null}
      {dossier.history.some((entry) => entry.action === 'reschedule') ? <Button onClick={() => void print('apology')}>In văn bản xin lỗi (Mẫu 04)</Button> : null}
      {dossier.status === 7 || dossier.status === 8 ? <Button onClick={() => void print('stop-notice')}>In thông báo dừng giải quyết (Mẫu 05)</Button> : null}
      {dossier.history.some((entry) => entry.action === 'handOff') ? <Button onClick={() => void print('control-sheet')}>In phiếu kiểm soát (Mẫu 06)</Button> : null}
    </Space>
  );
}

/** An online filing never received: still waiting, or refused without a logbook row (its date is the filing's). */
function neverReceived(dossier: DossierDetail): boolean {
  return dossier.status === 1 || (dossier.status === 3 && dossier.channel === 2 && !dossier.bookNumber);
}

function DetailBody({ dossier }: { dossier: DossierDetail }) {
  const a = dossier.applicant;
  return (
    <>
      <Descriptions size="small" column={1} bordered className="queue-detail-facts" labelStyle={{ width: 170 }}>
        <Descriptions.Item label="Thủ tục">
          {dossier.procedureName}
          <Typography.Text type="secondary"> ({dossier.procedureCode})</Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label="Người nộp">
          <strong>{a.fullName}</strong>
          {a.idNumber ? <span> · Số giấy tờ {a.idNumber}</span> : null}
          {a.phone ? <span> · ĐT {a.phone}</span> : null}
          <div className="queue-detail-sub">{a.address}</div>
        </Descriptions.Item>
        {dossier.delegate ? (
          <Descriptions.Item label="Người nộp thay">
            {dossier.delegate.fullName}
            {dossier.delegate.relation ? ` (${dossier.delegate.relation})` : ''}
          </Descriptions.Item>
        ) : null}
        <Descriptions.Item label={neverReceived(dossier) ? 'Ngày nộp trực tuyến' : 'Ngày tiếp nhận'}>
          {vnDateTime(dossier.receivedAt)}
          {dossier.receivedByName ? ` · ${dossier.receivedByName}` : dossier.receivedElsewhere && !neverReceived(dossier) ? ' · tại quầy khác' : ''}
        </Descriptions.Item>
        {dossier.refusal ? (
          <Descriptions.Item label="Từ chối tiếp nhận">
            <span data-testid="dossier-refusal">
              {dossier.refusal.at ? vnDateTime(dossier.refusal.at) : '—'}
              {dossier.refusal.byName ? ` · ${dossier.refusal.byName}` : ' · tại quầy khác'}
            </span>
          </Descriptions.Item>
        ) : null}
        <Descriptions.Item label="Hẹn trả kết quả">
          <strong>{dossier.dueAt ? vnDateTime(dossier.dueAt) : '—'}</strong>
          {dossier.overdueMinutes ? <span className="queue-overdue queue-overdue-inline">{overdueText(dossier.overdueMinutes)}</span> : null}
          {dossier.pausedAt ? <Tag color="orange" className="queue-paused">Tạm dừng tính hạn từ {vnDateTime(dossier.pausedAt)}</Tag> : null}
          <div className="queue-detail-sub">Thời hạn giải quyết: {dossier.processingTimeText}</div>
        </Descriptions.Item>
        {dossier.results.length ? (
          <Descriptions.Item label="Kết quả giải quyết">
            <ul className="queue-detail-list" data-testid="dossier-results">
              {dossier.results.map((result) => (
                <li key={`${result.code}-${result.name}`}>
                  {result.name}
                  {result.code ? <Typography.Text type="secondary"> ({result.code})</Typography.Text> : null}
                </li>
              ))}
            </ul>
          </Descriptions.Item>
        ) : null}
        <Descriptions.Item label="Trả kết quả">
          {RETURN_METHODS[dossier.returnMethod]}
          {dossier.returnMethod === 'post' && dossier.postalAddress ? `: ${dossier.postalAddress}` : ''}
        </Descriptions.Item>
        {dossier.bookNumber ? (
          <Descriptions.Item label="Sổ theo dõi">
            Sổ {dossier.bookNumber}, số thứ tự {dossier.rowNumber} · Quầy {dossier.counter}
          </Descriptions.Item>
        ) : dossier.receivedElsewhere && !neverReceived(dossier) ? (
          <Descriptions.Item label="Sổ theo dõi">Ghi ở sổ theo dõi của quầy đã tiếp nhận</Descriptions.Item>
        ) : null}
        {dossier.note ? <Descriptions.Item label="Ghi chú">{dossier.note}</Descriptions.Item> : null}
      </Descriptions>

      {dossier.supplement ? (
        <Alert
          type={dossier.status === 5 ? 'warning' : 'info'}
          showIcon
          className="queue-detail-note"
          title={`${dossier.status === 5 ? 'Đang chờ bổ sung' : 'Đã yêu cầu bổ sung'} (${vnDateTime(dossier.supplement.requestedAt)}): ${dossier.supplement.reason}`}
          description={
            <ul className="queue-detail-list">
              {dossier.supplement.items.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
          }
        />
      ) : null}
      {dossier.refusalReasons?.length ? (
        <Alert
          type="error"
          className="queue-detail-note"
          title="Lý do từ chối tiếp nhận"
          description={
            <ul className="queue-detail-list">
              {dossier.refusalReasons.map((reason) => (
                <li key={reason}>{reason}</li>
              ))}
            </ul>
          }
        />
      ) : null}
      {dossier.collectedBy ? (
        <Alert
          type="success"
          className="queue-detail-note"
          title={`Người nhận kết quả: ${dossier.collectedBy.fullName}${dossier.collectedBy.relation ? ` (${dossier.collectedBy.relation})` : ''}${dossier.collectedBy.idNumber ? `, số giấy tờ ${dossier.collectedBy.idNumber}` : ''}`}
        />
      ) : null}

      <Typography.Title level={5} className="queue-detail-heading">
        Thành phần hồ sơ
      </Typography.Title>
      <Table
        size="small"
        pagination={false}
        rowKey="code"
        dataSource={dossier.components}
        locale={{ emptyText: 'Không có thành phần hồ sơ.' }}
        columns={[
          {
            title: 'Giấy tờ',
            dataIndex: 'name',
            render: (name: string, row) => (
              <>
                {name}
                {row.required ? <span className="queue-required"> *</span> : null}
              </>
            ),
          },
          { title: 'Bản chính', dataIndex: 'originals', width: 96, align: 'center' },
          { title: 'Bản sao', dataIndex: 'copies', width: 86, align: 'center' },
        ]}
      />

      {dossier.status === 3 ? null : (
        // A dossier refused at intake was never received: nothing of it is digitised.
        <div className="queue-detail-attachments">
          <AttachmentsPanel dossierId={dossier.id} components={dossier.components} />
        </div>
      )}

      <Typography.Title level={5} className="queue-detail-heading">
        Phí, lệ phí
      </Typography.Title>
      {dossier.fee.lines.length ? (
        <table className="queue-fee-table">
          <tbody>
            {dossier.fee.lines.map((line) => (
              <tr key={line.code}>
                <td>{line.name}</td>
                <td>{formatVnd(line.amount)}</td>
              </tr>
            ))}
            <tr className="queue-fee-total">
              <td>Tổng cộng{dossier.fee.collection === 'after' ? ' (thu khi trả kết quả)' : ''}</td>
              <td>{formatVnd(dossier.fee.total)}</td>
            </tr>
          </tbody>
        </table>
      ) : (
        <Typography.Text type="secondary">Không thu phí, lệ phí.</Typography.Text>
      )}

      <Typography.Title level={5} className="queue-detail-heading">
        Quá trình xử lý
      </Typography.Title>
      <Timeline
        className="queue-history"
        items={[...dossier.history].reverse().map((entry, index) => ({
          key: `${entry.at}-${index}`,
          color: index === 0 ? 'blue' : 'gray',
          content: (
            <div className="queue-history-entry">
              <div>
                <span className="queue-history-time">{vnDateTime(entry.at)}</span> <StatusTag status={entry.status} name={entry.statusName} />
              </div>
              <div className="queue-detail-sub">
                {entry.byName || entry.by}
                {entry.reason ? ` · ${entry.reason}` : ''}
              </div>
            </div>
          ),
        }))}
      />
    </>
  );
}

interface Props {
  dossierId: string | null;
  onClose: () => void;
}

/** The selected dossier: facts, components, fee, history, and the actions its status allows now. */
export function DossierDetailPanel({ dossierId, onClose }: Props) {
  const { message } = App.useApp();
  const { dossier, error, setDossier } = useDossier(dossierId);
  const [action, setAction] = useState<DossierAction | null>(null);
  const [paperAfter, setPaperAfter] = useState<DossierAction | null>(null);

  const actions = dossier ? ACTION_ORDER.filter((a) => dossier.allowedActions.includes(a)) : [];

  return (
    <Drawer
      open={dossierId !== null}
      onClose={onClose}
      mask={false}
      size={620}
      title={
        dossier ? (
          <div className="queue-detail-title">
            <span className="queue-code">{dossier.code}</span>
            <StatusTag status={dossier.status} name={dossier.statusName} />
            <SyncStateTag state={dossier.syncState} />
          </div>
        ) : (
          'Chi tiết hồ sơ'
        )
      }
      className="queue-detail-drawer"
      rootClassName="queue-detail-drawer-root"
      closable={{ 'aria-label': 'Đóng chi tiết hồ sơ' }}
    >
      <div data-testid="dossier-detail" data-status={dossier?.status ?? ''} data-code={dossier?.code ?? ''} aria-label="Chi tiết hồ sơ" role="region">
        {error ? <Alert type="error" showIcon title={error} role="alert" className="desk-form-alert" /> : null}
        {!dossier && !error ? (
          <div className="queue-loading">
            <Spin />
          </div>
        ) : null}
        {!dossierId ? <Empty description="Chọn một hồ sơ trong danh sách." /> : null}
        {dossier ? (
          <>
            <DossierOriginNote dossier={dossier} />
            <div className="queue-detail-actions" role="group" aria-label="Thao tác với hồ sơ">
              {actions.map((a) => (
                <Button key={a} type={PRIMARY.has(a) ? 'primary' : 'default'} danger={DANGER.has(a)} onClick={() => setAction(a)}>
                  {ACTION_RULES[a].label}
                </Button>
              ))}
              {actions.length === 0 ? (
                <Typography.Text type="secondary">
                  {OPEN_STATUSES.includes(dossier.status as DossierStatus)
                    ? 'Quầy này chưa có thao tác nào với hồ sơ ở trạng thái này.'
                    : 'Hồ sơ đã kết thúc; không còn thao tác nào.'}
                </Typography.Text>
              ) : null}
            </div>
            <div className="queue-detail-print">
              <PrintButtons dossier={dossier} />
            </div>
            <DetailBody dossier={dossier} />
            {action ? (
              <ActionDialog
                action={action}
                dossier={dossier}
                onClose={() => setAction(null)}
                onDone={(updated, done) => {
                  setAction(null);
                  setDossier(updated);
                  const atOnce = paperPrintedAtOnce(done, updated);
                  if (atOnce) {
                    message.success(DONE_MESSAGES[done]);
                    printForm(atOnce).catch((failure: unknown) => message.error(messageOf(failure)));
                  } else if (hasPaperAfter(done)) setPaperAfter(done);
                  else message.success(DONE_MESSAGES[done]);
                }}
              />
            ) : null}
            {paperAfter ? <PaperAfterAction action={paperAfter} dossier={dossier} onDone={() => setPaperAfter(null)} /> : null}
          </>
        ) : null}
      </div>
    </Drawer>
  );
}
