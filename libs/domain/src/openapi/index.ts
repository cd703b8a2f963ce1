export * from './problem.schema.js';
export * from './write.response.js';
export * from './api-responses.js';
