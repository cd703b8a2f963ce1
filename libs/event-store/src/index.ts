export * from './event-store.types.js';
export * from './event-store.errors.js';
export * from './event-store.js';
export * from './checkpoint-store.js';
export * from './log-subscription.js';
export * from './upcasters.js';
export * from './database.js';
export * from './migrate.js';
