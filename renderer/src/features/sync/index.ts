// What other features use from Đồng bộ.
export { RestorePendingNotice } from './RestorePendingNotice';
