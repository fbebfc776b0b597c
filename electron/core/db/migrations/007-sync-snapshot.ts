/** The HoSo the portal last acknowledged: the base of the three-way merge of the change feed. */
export default `
ALTER TABLE dossiers ADD COLUMN synced_snapshot_json TEXT;
`;
