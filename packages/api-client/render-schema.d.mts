export declare const SCHEMA_FILE: URL;
export declare function renderSchema(document: unknown): Promise<string>;
