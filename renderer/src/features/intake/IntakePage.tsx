import { Alert, App, Form, Select, Typography, type RefSelectProps } from 'antd';
import { RestorePendingNotice } from '../sync';
import { CitizenDisplayControl } from '../citizen';
import dayjs from 'dayjs';
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { ProcedureDetail } from '../../../../shared/api/catalog';
import type { CreatedDossier } from '../../../../shared/api/dossiers';
import type { ProcessingTime } from '../../../../shared/calendar';
import { processingTimeText } from '../../../../shared/processing-time-text';
import { call, isDeskApiError, messageOf } from '../../api';
import { printForm } from '../../print';
import { ApplicantSection } from './ApplicantSection';
import { ComponentsTable, focusChecklist } from './ComponentsTable';
import { DossierOptions } from './DossierOptions';
import { IntakeActionBar } from './IntakeActionBar';
import { componentsOf, formPathOf, initialValues, missingRequired, toCreateInput, withCopiesAsked, withRequiredTicked, type ComponentValue, type IntakeValues } from './intake-form';
import { IntakeResult } from './IntakeResult';
import { MissingComponents } from './MissingComponents';
import { ProcedurePicker } from './ProcedurePicker';
import { ScanNotice, ScannerHelp, type ScanOutcome } from './ScanNotices';
import { useProcedureDetail, useProcedureList } from './use-procedures';
import { classifyScan, scanProblem } from '../../ui/scanner/scanned-text';
import type { ScannerBurst } from '../../ui/scanner/scanner-burst';
import { useScans } from '../../ui/scanner/use-scans';
import './intake.css';

type Missing = Array<{ code: string; name: string }>;

function missingOf(details: unknown): Missing | null {
  const list = (details as { missing?: unknown } | null)?.missing;
  return Array.isArray(list) ? (list as Missing) : null;
}

/** Tiếp nhận: receiving a dossier at the counter, keyboard first, with the ID-card scanner. */
/** The processing time of the chosen case, or the procedure's. */
function caseTimeText(procedure: ProcedureDetail, caseCode: string | undefined): string {
  const chosen = procedure.cases?.find((c) => c.code === caseCode);
  return chosen?.processingTime ? processingTimeText(chosen.processingTime as ProcessingTime) : procedure.processingTimeText;
}

export function IntakePage() {
  const { message } = App.useApp();
  const [form] = Form.useForm<IntakeValues>();
  const rootRef = useRef<HTMLElement>(null);
  const pickerRef = useRef<RefSelectProps>(null);
  const printRef = useRef<HTMLButtonElement>(null);
  const [scan, setScan] = useState<ScanOutcome | null>(null);
  const [missing, setMissing] = useState<Missing | null>(null);
  const [serverError, setServerError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [printing, setPrinting] = useState(false);
  const [created, setCreated] = useState<{ dossier: CreatedDossier; applicantName: string; procedureName: string } | null>(null);
  const [showIdWhole, setShowIdWhole] = useState(false);

  const { procedures, error: listError } = useProcedureList();
  const procedureCode = Form.useWatch('procedureCode', form);
  const caseCode = Form.useWatch('caseCode', form) as string | undefined;
  const onProcedureLoaded = useCallback((detail: ProcedureDetail) => {
    form.setFieldsValue({ components: componentsOf(detail), feeQuantities: {}, caseCode: undefined });
    setMissing(null);
  }, [form]);
  const { procedure, error: procedureError } = useProcedureDetail(procedureCode, onProcedureLoaded);

  const focusPicker = useCallback(() => window.setTimeout(() => pickerRef.current?.focus(), 0), []);

  const onBurst = useCallback(
    (burst: ScannerBurst<HTMLElement>) => {
      if (created) return false; // the result and its attachments are on screen, not the form
      const scanned = classifyScan(burst.text);
      if (scanned.kind === 'card') {
        const card = scanned.card;
        form.setFieldsValue({
          applicant: {
            fullName: card.fullName,
            idType: 'cccd',
            idNumber: card.idNumber,
            birthDate: dayjs(card.birthDate),
            sex: card.sex,
            address: card.address,
            type: 'citizen',
          },
        });
        void form.validateFields([['applicant', 'idNumber'], ['applicant', 'fullName'], ['applicant', 'address']]).catch(() => undefined);
        setScan({ kind: 'read', data: card });
      } else if (scanned.kind === 'dossier-code') {
        setScan({ kind: 'dossier', code: scanned.code });
      } else {
        setScan({ kind: 'unreadable', message: scanProblem(scanned, 'card') ?? '' });
      }
      return true;
    },
    [form, created],
  );
  useScans(onBurst, rootRef);

  const printGuidance = useCallback(
    (list: Missing) => {
      const values = form.getFieldsValue(true) as IntakeValues;
      const asked = list.map((item) => {
        const component = procedure?.components.find((c) => c.code === item.code);
        return { ...item, originals: component?.originals, copies: component?.copies };
      });
      printForm({ kind: 'guidance', data: { procedureName: procedure?.name ?? '', applicantName: values.applicant?.fullName ?? '', missing: asked } }).catch((e: unknown) =>
        message.error(e instanceof Error ? e.message : 'Không in được phiếu hướng dẫn.'),
      );
    },
    [form, procedure, message],
  );

  const save = useCallback(async () => {
    if (saving || created) return;
    // A save before the chosen procedure's checklist has loaded would be judged against nothing.
    const chosen = form.getFieldValue('procedureCode') as string | undefined;
    if (chosen && procedure?.code !== chosen) {
      setServerError(procedureError ?? 'Đang tải danh mục giấy tờ của thủ tục: chờ giây lát rồi lưu lại.');
      return;
    }
    setServerError(null);
    const localMissing = missingRequired(procedure, (form.getFieldsValue(true) as IntakeValues).components);
    setMissing(localMissing.length ? localMissing : null);
    let values: IntakeValues;
    try {
      await form.validateFields();
      values = form.getFieldsValue(true) as IntakeValues;
    } catch {
      setServerError('Biểu mẫu còn ô chưa hợp lệ, xem các dòng báo đỏ.');
      return;
    }
    if (localMissing.length) return;
    setMissing(null);
    setSaving(true);
    try {
      const dossier = await call('dossiers.create', toCreateInput(values, procedure));
      setCreated({ dossier, applicantName: values.applicant.fullName ?? '', procedureName: procedure?.name ?? '' });
      setScan(null);
    } catch (e) {
      if (isDeskApiError(e) && e.code === 'MISSING_COMPONENTS') {
        setMissing(missingOf(e.details) ?? []);
      } else {
        setServerError(messageOf(e));
        if (isDeskApiError(e)) form.setFields(Object.entries(e.fields).map(([key, text]) => ({ name: formPathOf(key) as never, errors: [text] })));
      }
    } finally {
      setSaving(false);
    }
  }, [saving, created, form, procedure, procedureError]);

  const startNew = useCallback(() => {
    form.resetFields();
    setCreated(null);
    setMissing(null);
    setScan(null);
    setServerError(null);
    focusPicker();
  }, [form, focusPicker]);

  const printReceipt = useCallback(() => {
    if (!created) return;
    setPrinting(true);
    printForm({ kind: 'receipt', dossierId: created.dossier.id })
      .catch((e: unknown) => message.error(e instanceof Error ? e.message : 'Không in được giấy tiếp nhận.'))
      .finally(() => setPrinting(false));
  }, [created, message]);

  // The key listener is installed once and always calls the latest handlers: effects re-run after
  // paint, so a listener re-installed per render could still hold the previous render's save.
  const tickRequired = useCallback(() => {
    if (!procedure || form.getFieldValue('procedureCode') !== procedure.code) return;
    form.setFieldValue('components', withRequiredTicked(procedure, form.getFieldValue('components') as IntakeValues['components']));
    setMissing(null);
  }, [form, procedure]);

  const latest = useRef({ save, startNew, created, tickRequired });
  useLayoutEffect(() => {
    latest.current = { save, startNew, created, tickRequired };
  });
  useEffect(() => {
    // Capture phase: the save keys work from any field, before a widget (an open procedure list
    // takes Enter, Ctrl+Enter included) can act on them or stop them.
    const onKey = (event: KeyboardEvent) => {
      const current = latest.current;
      if ((event.ctrlKey && event.key === 'Enter') || event.key === 'F9') {
        // Once saved, the screen shows the result and its attachments: their dialogs own the keys.
        if (current.created) return;
        event.preventDefault();
        event.stopPropagation();
        void current.save();
      } else if (event.altKey && !event.ctrlKey && event.code === 'KeyN') {
        event.preventDefault();
        event.stopPropagation();
        current.startNew();
      } else if (event.altKey && !event.ctrlKey && !current.created && (event.code === 'KeyG' || event.code === 'KeyD')) {
        event.preventDefault();
        event.stopPropagation();
        if (event.code === 'KeyD') current.tickRequired();
        focusChecklist(rootRef.current);
      }
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, []);

  useEffect(() => {
    if (created) printRef.current?.focus();
  }, [created]);
  useEffect(() => {
    focusPicker();
  }, [focusPicker]);

  return (
    <section ref={rootRef} className="desk-page intake-page" aria-labelledby="page-title" data-testid="intake-screen">
      <div className="intake-heading">
        <Typography.Title level={2} id="page-title" className="desk-page-title">
          Tiếp nhận hồ sơ
        </Typography.Title>
        <Typography.Text type="secondary" className="intake-keys-hint">
          <kbd>Ctrl</kbd>+<kbd>Enter</kbd> hoặc <kbd>F9</kbd> tiếp nhận · <kbd>Alt</kbd>+<kbd>N</kbd> hồ sơ mới · quét QR CCCD ở bất kỳ ô nào <ScannerHelp />
        </Typography.Text>
      </div>
      <CitizenDisplayControl showIdWhole={showIdWhole} onShowIdWhole={setShowIdWhole} />
      <RestorePendingNotice />
      {listError ? <Alert type="error" showIcon title={`Không tải được danh mục thủ tục: ${listError}`} /> : null}
      {created ? (
        <IntakeResult
          ref={printRef}
          dossier={created.dossier}
          applicantName={created.applicantName}
          procedureName={created.procedureName}
          onPrint={printReceipt}
          onNew={startNew}
          printing={printing}
        />
      ) : null}
      <Form<IntakeValues>
        form={form}
        name="intake"
        layout="vertical"
        initialValues={initialValues()}
        requiredMark={false}
        className="intake-form"
        hidden={created !== null}
        onValuesChange={(changed: Partial<IntakeValues>) => {
          if (changed.components) setMissing(null);
          if (procedure && changed.feeQuantities && 'copies' in changed.feeQuantities) {
            const next = withCopiesAsked(procedure, form.getFieldValue('components') as ComponentValue[] | undefined, changed.feeQuantities.copies);
            if (next) form.setFieldsValue({ components: next });
          }
        }}
      >
        {scan ? <ScanNotice outcome={scan} onClose={() => setScan(null)} /> : null}
        <div className="intake-grid">
          <div className="intake-column">
            <section className="intake-card intake-procedure" aria-labelledby="intake-procedure-title">
              <h3 id="intake-procedure-title" className="intake-card-title">
                Thủ tục hành chính
              </h3>
              <Form.Item name="procedureCode" label="Thủ tục" rules={[{ required: true, message: 'Chọn thủ tục hành chính.' }]} className="intake-procedure-item">
                <ProcedurePicker ref={pickerRef} procedures={procedures} loading={procedures.length === 0 && !listError} />
              </Form.Item>
              {procedure?.cases && procedure.cases.length > 1 ? (
                <Form.Item name="caseCode" label="Trường hợp" rules={[{ required: true, message: 'Chọn trường hợp của hồ sơ.' }]}>
                  <Select
                    placeholder="Chọn trường hợp"
                    options={procedure.cases.map((c) => ({
                      value: c.code,
                      label: `${c.name} · ${caseTimeText(procedure, c.code)}`,
                    }))}
                  />
                </Form.Item>
              ) : null}
              {procedure ? (
                <p className="intake-procedure-facts">
                  Lĩnh vực: {procedure.field} · Thời hạn giải quyết: {caseTimeText(procedure, caseCode)}
                </p>
              ) : null}
              {procedureError ? <Alert type="error" showIcon title={procedureError} /> : null}
            </section>
            <ApplicantSection />
          </div>
          <div className="intake-column">
            <ComponentsTable procedure={procedure} onTicked={() => setMissing(null)} />
            {missing ? <MissingComponents missing={missing} onPrint={() => printGuidance(missing)} /> : null}
            <DossierOptions procedure={procedure} />
          </div>
        </div>
        <IntakeActionBar procedure={procedure} saving={saving} error={serverError} onSave={() => void save()} displayPaused={created !== null} showIdWhole={showIdWhole} />
      </Form>
    </section>
  );
}
