import { Select, type RefSelectProps } from 'antd';
import { forwardRef, useMemo } from 'react';
import type { ProcedureSummary } from '../../../../shared/api/catalog';
import { foldVietnamese } from '../../../../shared/text';

interface ProcedureOption {
  value: string;
  label: string;
  /** Folded "code name field" the typed text is matched against. */
  search: string;
  procedure: ProcedureSummary;
}

/** Whether typed text matches a procedure: every folded word appears in its code, name or field. */
export function procedureMatches(typed: string, search: string): boolean {
  const words = foldVietnamese(typed).split(' ').filter(Boolean);
  return words.every((word) => search.includes(word));
}

/** Lower is better: a code typed from its start, then the typed words as one phrase early in the name, then the rest. */
export function procedureRank(typed: string, option: { value: string; search: string; label: string }): number {
  const phrase = foldVietnamese(typed);
  if (!phrase) return 0;
  if (option.value.startsWith(phrase)) return 0;
  const at = option.search.indexOf(phrase);
  const base = at >= 0 ? 1 + at / 1000 : 3;
  return base + option.label.length / 100_000;
}

interface ProcedurePickerProps {
  id?: string;
  value?: string;
  onChange?: (code: string | undefined) => void;
  procedures: ProcedureSummary[];
  loading: boolean;
  status?: 'error';
}

/** Thủ tục: type part of a name or code, without marks if you like ("khai sinh", "1.001193"), then Enter. */
export const ProcedurePicker = forwardRef<RefSelectProps, ProcedurePickerProps>(function ProcedurePicker(
  { id, value, onChange, procedures, loading, status },
  ref,
) {
  const options = useMemo<ProcedureOption[]>(
    () =>
      procedures.map((p) => ({
        value: p.code,
        label: `${p.code} · ${p.name}`,
        search: foldVietnamese(`${p.code} ${p.name} ${p.field}`),
        procedure: p,
      })),
    [procedures],
  );
  return (
    <Select<string, ProcedureOption>
      ref={ref}
      id={id}
      value={value}
      onChange={(code) => onChange?.(code)}
      options={options}
      showSearch={{
        filterOption: (typed, option) => (option ? procedureMatches(typed, option.search) : false),
        filterSort: (a, b, { searchValue }) => procedureRank(searchValue, a) - procedureRank(searchValue, b),
      }}
      loading={loading}
      status={status}
      placeholder="Gõ tên hoặc mã thủ tục, ví dụ: khai sinh, 1.001193"
      notFoundContent="Không có thủ tục phù hợp"
      optionRender={(option) => (
        <div className="intake-procedure-option">
          <span className="intake-procedure-name">{option.data.procedure.name}</span>
          <span className="intake-procedure-meta">
            {option.data.procedure.code} · {option.data.procedure.field}
          </span>
        </div>
      )}
      popupMatchSelectWidth
      listHeight={320}
      size="large"
      className="intake-procedure-picker"
    />
  );
});
