// What the shell uses from Giám sát.
export { SupervisorPage } from './SupervisorPage';
