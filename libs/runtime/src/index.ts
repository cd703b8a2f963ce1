export * from './tokens.js';
export * from './persistence.module.js';
export * from './redis.js';
export * from './redis.module.js';
export * from './logging.module.js';
export * from './health/health.indicators.js';
export * from './exit-with-parent.js';
export * from './read-database.module.js';
