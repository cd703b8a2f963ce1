export declare const DOCUMENT_FILE: URL;
export declare const SCHEMA_FILE: URL;
export declare function documentText(document: unknown): string;
export declare function renderSchema(document: unknown): Promise<string>;
export declare function ensureSchema(): Promise<boolean>;
