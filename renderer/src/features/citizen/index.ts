// What the shell and other features use from the citizen display (issue 19).
export { CitizenApp } from './CitizenApp';
export { CitizenDisplayControl } from './CitizenDisplayControl';
export { isCitizenRoute } from './citizen-route';
export { useDisplayPush, type TypedIntake } from './use-display-push';
export { TrackingUrlCard } from './TrackingUrlCard';
