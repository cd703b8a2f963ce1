/** Where the committed `Database` interface lives. */
export declare const DATABASE_TYPES_FILE: string;
/** The `Database` interface of the migrated database at `url`, as the committed file holds it. */
export declare function renderDatabaseTypes(url: string): Promise<string>;
