// Types of scripts/seed-demo-ids.mjs for the TypeScript that imports it (the demo seed's e2e suite).
/** The demo seed's groups, sources, incidents and claims by short name (ttp, iskp, dawn, peshawar2023, …). */
export declare const ids: Readonly<Record<string, string>>;
