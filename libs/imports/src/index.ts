// Bulk imports (GTD CSV) and exports (NDJSON events, incidents CSV, STIX 2.1).
export * from './imports.repository.js';
export * from './gtd/codebook.js';
export * from './gtd/gtd-record.js';
export * from './gtd/row-key.js';
export * from './gtd/gtd-row.js';
export * from './gtd/group-directory.js';
export { eventsOfRow, GTD_SOURCE } from './gtd/row-events.js';
export * from './gtd/gtd-importer.js';
export * from './gtd/csv-record-count.js';
export * from './exports/export-errors.js';
export * from './exports/events-export.js';
export * from './exports/incidents-csv.js';
export * from './exports/stix-export.js';
export { stixId } from './exports/stix-people.js';
export * from './http/imports.service.js';
export * from './http/imports.response.js';
export * from './http/exports.response.js';
export * from './http/imports.module.js';
