export * from './config.schema.js';
export * from './config.module.js';
export * from './names.js';
