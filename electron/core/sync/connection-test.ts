import type { ConnectionTestResult, ParsedInputOf } from '../../../shared/api';
import type { HandlerContext } from '../api/handler-context';
import { NationalPortalClient, PortalRefusedError, type PortalAdapter } from '../portal';

const TEST_TIMEOUT_MS = 10_000;

/** A message an administrator can act on, whatever the network said. */
function explain(error: unknown, url: string): string {
  if (error instanceof PortalRefusedError) return `Cổng dịch vụ công từ chối đăng nhập (mã ${error.errorCode}): ${error.message}`;
  const message = (error as Error)?.message ?? String(error);
  const tls = /\((ERR_SSL_\w+|ERR_TLS_\w+|EPROTO|\w*CERT\w*|UNABLE_TO_\w+)\)/.exec(message);
  if (tls) {
    return `Không thiết lập được kết nối HTTPS an toàn tới ${url} (${tls[1]}): máy chủ ở địa chỉ này không dùng HTTPS, hoặc chứng chỉ của nó hết hạn hay không được tin cậy. Kiểm tra lại http:// hoặc https:// trong địa chỉ.`;
  }
  if (/fetch failed|ECONNREFUSED|ENOTFOUND|EAI_AGAIN/i.test(message)) {
    return `Không kết nối được tới ${url}: không có máy chủ trả lời ở địa chỉ này (sai địa chỉ hoặc cổng, máy chủ tắt, hoặc mất mạng).`;
  }
  if (/timeout|aborted/i.test(message)) return `Cổng ${url} không trả lời trong ${TEST_TIMEOUT_MS / 1000} giây.`;
  return message;
}

/**
 * `sync.testConnection`: signs in to the portal in use, or to the settings the admin typed
 * (not saved yet; without a password the kept one), and reads the portal's clock.
 */
export async function testPortalConnection(input: ParsedInputOf<'sync.testConnection'>, ctx: HandlerContext): Promise<ConnectionTestResult> {
  const typed = input?.portal;
  let client: PortalAdapter | null = ctx.services.portalClient;
  let url = '';
  if (typed) {
    const password = typed.password ?? ctx.services.portalSettings?.keptPasswordFor(typed.url, typed.user) ?? null;
    if (!password) {
      const kept = ctx.services.portalSettings?.keptPassword() ? ' (mật khẩu đã lưu chỉ dùng cho đúng địa chỉ và tài khoản đã lưu)' : '';
      return { ok: false, message: `Chưa có mật khẩu kết nối cho địa chỉ và tài khoản này: nhập mật khẩu để kiểm tra${kept}.`, clockSkewSeconds: null };
    }
    const agencyId = typed.agencyId ?? ctx.services.identity().agencyId;
    client = new NationalPortalClient({ url: typed.url, user: typed.user, password, dstcode: typed.dstcode }, agencyId, TEST_TIMEOUT_MS, () => ctx.clock.now());
    url = typed.url;
  }
  if (!client) return { ok: false, message: 'Chưa cấu hình địa chỉ cổng dịch vụ công.', clockSkewSeconds: null };
  try {
    await client.testConnection();
    return { ok: true, message: 'Kết nối cổng dịch vụ công thành công.', clockSkewSeconds: client.clockSkewSeconds };
  } catch (error) {
    return { ok: false, message: explain(error, url || 'cổng dịch vụ công'), clockSkewSeconds: client.clockSkewSeconds };
  }
}
