import { Button, Form } from 'antd';
import { useMemo } from 'react';
import type { InputOf } from '../../../../shared/api';
import type { ProcedureDetail } from '../../../../shared/api/catalog';
import { formatVnd } from '../../../../shared/money';
import { dueTimeText } from '../../ui/vietnam-time';
import { initialValues, toCreateInput, type IntakeValues } from './intake-form';
import { useIntakePreview } from './use-intake-preview';
import { useIntakeDisplay } from './use-intake-display';

interface IntakeActionBarProps {
  procedure: ProcedureDetail | null;
  saving: boolean;
  error: string | null;
  onSave: () => void;
  /** The citizen display follows the form unless paused (saving, saved); the ID number whole or masked. */
  displayPaused?: boolean;
  showIdWhole?: boolean;
}

/**
 * The bar under the form: the promised return time and fee, live, and the save button. It alone
 * watches every field, so typing (or a scanner's burst) re-renders this bar, not the whole form.
 */
export function IntakeActionBar({ procedure, saving, error, onSave, displayPaused = false, showIdWhole = false }: IntakeActionBarProps) {
  const form = Form.useFormInstance<IntakeValues>();
  // preserve: the components' codes are in the store but in no field, and the preview needs them.
  const watched = Form.useWatch([], { form, preserve: true }) as IntakeValues | undefined;
  const code = watched?.procedureCode;
  const caseCode = watched?.caseCode;
  const components = watched?.components;
  const sets = watched?.sets;
  const feeQuantities = watched?.feeQuantities;
  const group = watched?.applicantGroup;
  const returnMethod = watched?.returnMethod;
  const input = useMemo<InputOf<'dossiers.preview'> | null>(() => {
    if (!procedure || code !== procedure.code) return null;
    const full = toCreateInput({ ...initialValues(), procedureCode: code, caseCode, components: components ?? [], sets: sets ?? 1, feeQuantities, applicantGroup: group, returnMethod: returnMethod ?? 'counter' }, procedure);
    return { procedureCode: full.procedureCode, caseCode: full.caseCode, components: full.components, sets: full.sets, feeQuantities: full.feeQuantities, applicantGroups: full.applicantGroups, returnMethod: full.returnMethod };
  }, [procedure, code, caseCode, components, sets, feeQuantities, group, returnMethod]);
  const { preview, error: previewError } = useIntakePreview(input);
  useIntakeDisplay(watched, procedure, preview, saving || displayPaused, showIdWhole);

  const fee = preview ? (preview.feeError ?? (preview.fee.total === 0 ? 'Miễn phí' : formatVnd(preview.fee.total))) : '—';
  return (
    <div className="intake-actionbar">
      <div className="intake-summary" aria-live="polite">
        <div>
          <span className="intake-summary-label">Ngày hẹn trả</span>
          <span className="intake-summary-value" data-testid="intake-preview-due">
            {preview ? dueTimeText(preview.dueAt) : procedure ? '…' : 'Chọn thủ tục'}
          </span>
        </div>
        <div>
          <span className="intake-summary-label">Phí, lệ phí</span>
          <span className="intake-summary-value" data-testid="intake-preview-fee">
            {fee}
          </span>
        </div>
        {previewError ? <span className="intake-summary-error">{previewError}</span> : null}
      </div>
      {error ? (
        <div role="alert" className="intake-save-error" data-testid="intake-error">
          {error}
        </div>
      ) : null}
      <Button type="primary" size="large" onClick={onSave} loading={saving} className="intake-save">
        Tiếp nhận (Ctrl+Enter)
      </Button>
    </div>
  );
}
