import { Col, DatePicker, Form, Input, Row, Select, Switch } from 'antd';
import dayjs from 'dayjs';
import { APPLICANT_TYPES, ID_TYPES, idNumberProblem, phoneProblem, type IdType } from './intake-form';

const required = (message: string) => ({ required: true, whitespace: true, message });

/** Người nộp hồ sơ: who asks, their papers and contact, and who files for them if someone does. */
export function ApplicantSection() {
  const form = Form.useFormInstance();
  const hasDelegate = Form.useWatch('hasDelegate', form) as boolean | undefined;
  return (
    <section className="intake-card" aria-labelledby="intake-applicant-title">
      <h3 id="intake-applicant-title" className="intake-card-title">
        Người nộp hồ sơ
      </h3>
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item name={['applicant', 'fullName']} label="Họ và tên" rules={[required('Nhập họ và tên người nộp.')]}>
            <Input autoComplete="off" maxLength={150} />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item name={['applicant', 'type']} label="Loại đối tượng">
            <Select options={APPLICANT_TYPES} />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item name={['applicant', 'idType']} label="Loại giấy tờ">
            <Select options={ID_TYPES} allowClear />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item
            name={['applicant', 'idNumber']}
            label="Số giấy tờ"
            dependencies={[['applicant', 'idType']]}
            rules={[
              ({ getFieldValue }) => ({
                validator: (_rule, value: string | undefined) => {
                  const problem = idNumberProblem(getFieldValue(['applicant', 'idType']) as IdType | undefined, value);
                  return problem ? Promise.reject(new Error(problem)) : Promise.resolve();
                },
              }),
            ]}
          >
            <Input autoComplete="off" maxLength={20} inputMode="numeric" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name={['applicant', 'birthDate']} label="Ngày sinh">
            <DatePicker
              format={{ format: 'DD/MM/YYYY', type: 'mask' }}
              placeholder="dd/mm/yyyy"
              style={{ width: '100%' }}
              maxDate={dayjs()}
            />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name={['applicant', 'sex']} label="Giới tính">
            <Select
              allowClear
              options={[
                { value: 'Nam', label: 'Nam' },
                { value: 'Nữ', label: 'Nữ' },
              ]}
            />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name={['applicant', 'address']} label="Địa chỉ" rules={[required('Nhập địa chỉ người nộp.')]}>
            <Input autoComplete="off" maxLength={300} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item
            name={['applicant', 'phone']}
            label="Số điện thoại"
            rules={[{ validator: (_rule, value: string | undefined) => (phoneProblem(value) ? Promise.reject(new Error(phoneProblem(value)!)) : Promise.resolve()) }]}
          >
            <Input autoComplete="off" maxLength={20} inputMode="tel" />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name={['applicant', 'email']} label="Thư điện tử" rules={[{ type: 'email', message: 'Thư điện tử không hợp lệ (ví dụ: ten@example.vn).' }]}>
            <Input autoComplete="off" maxLength={120} inputMode="email" />
          </Form.Item>
        </Col>
      </Row>
      <div className="intake-delegate-toggle">
        <Form.Item name="hasDelegate" valuePropName="checked" noStyle>
          <Switch id="intake-has-delegate" size="small" />
        </Form.Item>
        <label htmlFor="intake-has-delegate">Người nộp thay</label>
      </div>
      {hasDelegate ? (
        <Row gutter={12} className="intake-delegate">
          <Col span={10}>
            <Form.Item name={['delegate', 'fullName']} label="Họ và tên người nộp thay" rules={[required('Nhập họ và tên người nộp thay.')]}>
              <Input autoComplete="off" maxLength={150} />
            </Form.Item>
          </Col>
          <Col span={7}>
            <Form.Item name={['delegate', 'idNumber']} label="Số giấy tờ người nộp thay">
              <Input autoComplete="off" maxLength={20} />
            </Form.Item>
          </Col>
          <Col span={7}>
            <Form.Item name={['delegate', 'relation']} label="Quan hệ">
              <Input autoComplete="off" maxLength={100} placeholder="Ví dụ: con, được ủy quyền" />
            </Form.Item>
          </Col>
        </Row>
      ) : null}
    </section>
  );
}
