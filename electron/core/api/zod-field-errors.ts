import type { z } from 'zod';

/** zod issues -> {"applicant.fullName": "<Vietnamese message>"}; the first issue per field wins. */
export function zodFieldErrors(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join('.') : '(input)';
    if (!(key in fields)) fields[key] = vietnameseMessage(issue);
  }
  return fields;
}

function vietnameseMessage(issue: z.core.$ZodIssue): string {
  // Messages written in the contract are Vietnamese already; zod's English defaults are replaced.
  if (issue.message && !/^(Invalid|Expected|Too|Unrecognized|Required)/.test(issue.message)) return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'Bắt buộc nhập.' : 'Kiểu dữ liệu không đúng.';
    case 'too_small':
      return 'Giá trị quá nhỏ hoặc quá ngắn.';
    case 'too_big':
      return 'Giá trị quá lớn hoặc quá dài.';
    case 'unrecognized_keys':
      return `Trường không được phép: ${issue.keys.join(', ')}.`;
    case 'invalid_value':
      return 'Giá trị không nằm trong danh sách cho phép.';
    case 'invalid_format':
      return 'Định dạng không đúng.';
    default:
      return 'Giá trị không hợp lệ.';
  }
}
