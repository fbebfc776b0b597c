import { Checkbox, Form, InputNumber, Tag } from 'antd';
import type { KeyboardEvent } from 'react';
import type { ProcedureDetail } from '../../../../shared/api/catalog';
import type { IntakeValues } from './intake-form';

/** The row checkboxes of the checklist, in order. */
function rowBoxes(table: HTMLElement): HTMLInputElement[] {
  return [...table.querySelectorAll<HTMLInputElement>('tbody input[type="checkbox"]')];
}

/**
 * Keys inside the checklist: the row's number ticks or unticks it, arrows move between rows,
 * Space ticks the row in focus (the checkbox's own key).
 */
function onChecklistKey(event: KeyboardEvent<HTMLTableElement>, toggle: (index: number) => void): void {
  if (event.ctrlKey || event.altKey || event.metaKey) return;
  const target = event.target as HTMLElement;
  if (!(target instanceof HTMLInputElement) || target.type !== 'checkbox') return;
  const boxes = rowBoxes(event.currentTarget);
  const at = boxes.indexOf(target);
  if (/^[1-9]$/.test(event.key)) {
    const index = Number(event.key) - 1;
    if (index >= boxes.length) return;
    event.preventDefault();
    toggle(index);
    boxes[index]!.focus();
  } else if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && at >= 0) {
    event.preventDefault();
    boxes[Math.min(boxes.length - 1, Math.max(0, at + (event.key === 'ArrowDown' ? 1 : -1)))]!.focus();
  }
}

/** Focuses the checklist's first row (Alt+G). */
export function focusChecklist(root: HTMLElement | null): void {
  const table = root?.querySelector<HTMLElement>('table.intake-components');
  if (table) rowBoxes(table)[0]?.focus();
}

/** Thành phần hồ sơ: the procedure's checklist; tick what the applicant brought and how many. */
export function ComponentsTable({ procedure, onTicked }: { procedure: ProcedureDetail | null; onTicked: () => void }) {
  const form = Form.useFormInstance<IntakeValues>();
  const toggle = (index: number) => {
    const path = ['components', index, 'present'] as const;
    form.setFieldValue(path as never, !form.getFieldValue(path as never));
    onTicked();
  };
  return (
    <section className="intake-card" aria-labelledby="intake-components-title">
      <h3 id="intake-components-title" className="intake-card-title">
        Thành phần hồ sơ
        {procedure ? (
          <span className="intake-card-hint">
            <kbd>Alt</kbd>+<kbd>G</kbd> vào danh mục, số thứ tự để đánh dấu · <kbd>Alt</kbd>+<kbd>D</kbd> đủ giấy tờ bắt buộc
          </span>
        ) : null}
      </h3>
      {procedure ? (
        <table className="intake-components" aria-label="Thành phần hồ sơ" onKeyDown={(event) => onChecklistKey(event, toggle)}>
          <thead>
            <tr>
              <th scope="col" className="intake-col-check">
                Có
              </th>
              <th scope="col">Tên giấy tờ</th>
              <th scope="col" className="intake-col-count">
                Số bản chính
              </th>
              <th scope="col" className="intake-col-count">
                Số bản sao
              </th>
            </tr>
          </thead>
          <tbody>
            {procedure.components.map((component, index) => {
              const nameId = `intake-component-${index}-name`;
              return (
                <tr key={component.code}>
                  <td className="intake-col-check">
                    {index < 9 ? (
                      <kbd className="intake-row-key" aria-hidden="true">
                        {index + 1}
                      </kbd>
                    ) : null}
                    <Form.Item name={['components', index, 'present']} valuePropName="checked" noStyle>
                      <Checkbox aria-labelledby={nameId} />
                    </Form.Item>
                  </td>
                  <td>
                    <span id={nameId}>{component.name}</span>
                    {component.required ? (
                      <Tag color="red" variant="outlined" className="intake-required">
                        Bắt buộc
                      </Tag>
                    ) : null}
                  </td>
                  <td className="intake-col-count">
                    <Form.Item name={['components', index, 'originals']} noStyle>
                      <InputNumber min={0} max={99} precision={0} size="small" aria-label={`Số bản chính: ${component.name}`} />
                    </Form.Item>
                  </td>
                  <td className="intake-col-count">
                    <Form.Item name={['components', index, 'copies']} noStyle>
                      <InputNumber min={0} max={99} precision={0} size="small" aria-label={`Số bản sao: ${component.name}`} />
                    </Form.Item>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : (
        <p className="intake-empty">Chọn thủ tục để hiện danh mục giấy tờ cần nộp.</p>
      )}
    </section>
  );
}
