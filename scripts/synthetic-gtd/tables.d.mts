// Types of the part of scripts/synthetic-gtd/tables.mjs that TypeScript imports (the hand-made GTD
// file of test/imports/support/gtd-import.ts writes GTD's columns as the synthetic file does).
/** GTD's column names (a subset of its 135), in GTD's order. */
export declare const COLUMNS: readonly string[];
/** Tehrik-i-Taliban Pakistan as GTD spells it. */
export declare const TTP: string;
