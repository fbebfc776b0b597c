import { Button, Result, Spin } from 'antd';
import { FirstPasswordScreen, FirstRunScreen, SignInScreen, useSetupStatus } from '../features/auth';
import { PrintRoute, usePrintRoute } from '../print/PrintRoute';
import { useSession } from '../stores/session-store';
import { AppFrame } from './AppFrame';

/** Signed in: the first password change when due, then the frame or a print route alone. Otherwise first-run (no account yet) or sign-in. */
export function SessionGate() {
  const token = useSession((state) => state.token);
  const user = useSession((state) => state.user);
  const signedIn = token !== null && user !== null;
  const setup = useSetupStatus(!signedIn);
  const printRoute = usePrintRoute();

  // A password an administrator set is changed before anything else (the core refuses the rest).
  if (signedIn && user.mustChangePassword) return <FirstPasswordScreen fullName={user.fullName} />;
  // `#/print/...`: the form alone, without the frame (still behind sign-in).
  if (signedIn) return printRoute ? <PrintRoute route={printRoute} /> : <AppFrame user={user} token={token} />;

  switch (setup.state.kind) {
    case 'checking':
      return (
        <div className="desk-centered" data-testid="starting">
          <Spin size="large" description="Đang khởi động…" />
        </div>
      );
    case 'failed':
      return (
        <div className="desk-centered">
          <Result
            status="warning"
            title="Chưa kết nối được với ứng dụng"
            subTitle={setup.state.message}
            extra={
              <Button type="primary" onClick={() => void setup.check()}>
                Thử lại
              </Button>
            }
          />
        </div>
      );
    case 'needsAdmin':
      return <FirstRunScreen onDone={setup.markReady} />;
    case 'ready':
      return <SignInScreen />;
  }
}
