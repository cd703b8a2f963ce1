/** Injection tokens shared by the apps. */
export const DATABASE = Symbol('DATABASE');
export const KYSELY = Symbol('KYSELY');
export const EVENT_STORE = Symbol('EVENT_STORE');
export const REDIS = Symbol('REDIS');
