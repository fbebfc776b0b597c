// What the shell and other features use from Hàng đợi: the screen, and links to it with filters.
export { QueuePage } from './QueuePage';
export { queueHref, type QueueFilters } from './queue-filters-store';
