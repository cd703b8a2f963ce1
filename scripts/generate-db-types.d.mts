/** Where the committed `Database` interface lives. */
export declare const DATABASE_TYPES_FILE: string;
/** The `Database` interface of the migrated database at `url`, as the committed file holds it. */
export declare function renderDatabaseTypes(url: string): Promise<string>;
/** Where the committed hash of the schema lives. */
export declare const SCHEMA_HASH_FILE: string;
/** The migrated database at `url` described from the catalog, one sorted line per object. */
export declare function renderSchema(url: string): Promise<string>;
/** The line migrations/schema.sha256 holds for a schema dump. */
export declare function schemaHashLine(schema: string): string;
