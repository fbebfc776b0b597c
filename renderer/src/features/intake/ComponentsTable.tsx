import { Checkbox, Form, InputNumber, Tag } from 'antd';
import type { ProcedureDetail } from '../../../../shared/api/catalog';

/** Thành phần hồ sơ: the procedure's checklist; tick what the applicant brought and how many. */
export function ComponentsTable({ procedure }: { procedure: ProcedureDetail | null }) {
  return (
    <section className="intake-card" aria-labelledby="intake-components-title">
      <h3 id="intake-components-title" className="intake-card-title">
        Thành phần hồ sơ
        {procedure ? <span className="intake-card-hint">Đánh dấu giấy tờ người nộp đã mang đến</span> : null}
      </h3>
      {procedure ? (
        <table className="intake-components" aria-label="Thành phần hồ sơ">
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
