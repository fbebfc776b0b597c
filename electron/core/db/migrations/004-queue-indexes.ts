/** The queue by received dates, sorted by deadline, read from the index alone. */
export default `
CREATE INDEX dossiers_received_due ON dossiers(received_at, due_at);
`;
