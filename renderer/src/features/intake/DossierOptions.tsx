import { Col, Form, Input, InputNumber, Radio, Row, Select } from 'antd';
import type { ProcedureDetail } from '../../../../shared/api/catalog';
import { EXEMPT_GROUPS, FEE_QUANTITY_LABELS } from './intake-form';

/** Số bộ, fee quantities the fee depends on, exemption, return method and notes. */
export function DossierOptions({ procedure }: { procedure: ProcedureDetail | null }) {
  const form = Form.useFormInstance();
  const returnMethod = Form.useWatch('returnMethod', form) as string | undefined;
  const group = Form.useWatch('applicantGroup', form) as string | undefined;
  const quantities = procedure?.feeQuantities ?? [];
  return (
    <section className="intake-card" aria-labelledby="intake-options-title">
      <h3 id="intake-options-title" className="intake-card-title">
        Phí, lệ phí và trả kết quả
      </h3>
      <Row gutter={12}>
        <Col span={6}>
          <Form.Item name="sets" label="Số bộ hồ sơ" rules={[{ required: true, message: 'Nhập số bộ hồ sơ.' }]}>
            <InputNumber min={1} max={20} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        {quantities.map((key) => (
          <Col span={6} key={key}>
            <Form.Item name={['feeQuantities', key]} label={FEE_QUANTITY_LABELS[key]} rules={[{ required: true, message: `Nhập ${FEE_QUANTITY_LABELS[key].toLowerCase()} để tính lệ phí.` }]}>
              <InputNumber min={0} max={key === 'pages' ? 100_000 : 1000} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        ))}
      </Row>
      <Row gutter={12}>
        <Col span={10}>
          <Form.Item name="applicantGroup" label="Đối tượng miễn giảm">
            <Select allowClear options={EXEMPT_GROUPS} placeholder="Không thuộc diện miễn giảm" />
          </Form.Item>
        </Col>
        <Col span={14}>
          <Form.Item name="exemptionEvidence" label="Căn cứ miễn giảm" rules={[{ required: Boolean(group), whitespace: true, message: 'Ghi giấy tờ chứng minh diện miễn giảm.' }]}>
            <Input autoComplete="off" maxLength={300} disabled={!group} placeholder={group ? 'Ví dụ: Giấy chứng nhận hộ nghèo số ...' : ''} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12}>
        <Col span={10}>
          <Form.Item name="returnMethod" label="Hình thức trả kết quả">
            <Radio.Group aria-label="Hình thức trả kết quả">
              <Radio value="counter">Tại bộ phận một cửa</Radio>
              <Radio value="post">Qua bưu chính</Radio>
            </Radio.Group>
          </Form.Item>
        </Col>
        <Col span={14}>
          {returnMethod === 'post' ? (
            <Form.Item name="postalAddress" label="Địa chỉ nhận" rules={[{ required: true, whitespace: true, message: 'Nhập địa chỉ nhận kết quả qua bưu chính.' }]}>
              <Input autoComplete="off" maxLength={300} />
            </Form.Item>
          ) : null}
        </Col>
      </Row>
      <Form.Item name="note" label="Ghi chú" className="intake-note">
        <Input.TextArea autoSize={{ minRows: 1, maxRows: 3 }} maxLength={1000} />
      </Form.Item>
    </section>
  );
}
