import { InputNumber, type InputNumberProps } from 'antd';

/** "1234567" -> "1.234.567", as amounts are written in Vietnam. */
function withDots(value: number | string | undefined): string {
  if (value === undefined || value === null || value === '') return '';
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** An amount in whole đồng: digits only, grouped with dots, "đ" after. */
export function MoneyInput(props: Omit<InputNumberProps<number>, 'formatter' | 'parser' | 'precision'>) {
  return (
    <InputNumber<number>
      min={0}
      max={999_999_999_999}
      step={1000}
      precision={0}
      inputMode="numeric"
      suffix="đ"
      className="cash-money-input"
      formatter={withDots}
      parser={(text) => (text ?? '').replace(/\D/g, '') as unknown as number}
      {...props}
    />
  );
}
