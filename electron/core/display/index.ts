// The door of display/: the citizen display (issue 19), what it shows and its token.
export { displayHandlers } from './display-handlers';
export { DisplayBoard } from './display-board';
