// What the shell uses from Đăng nhập: the screens before a session, and signing out.
export { FirstPasswordScreen } from './FirstPasswordScreen';
export { FirstRunScreen } from './FirstRunScreen';
export { SignInScreen } from './SignInScreen';
export { signOut } from './sign-out';
export { useSetupStatus } from './use-setup-status';
