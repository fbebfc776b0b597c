// What the shell uses from Tiếp nhận: the screen and its keyboard shortcuts (for F1).
export { IntakePage } from './IntakePage';
export { INTAKE_SHORTCUTS } from './intake-shortcuts';
