// Public surface of @app/http: the REST conventions (auth, problem+json, validation, idempotency,
// If-Match, ETag, correlation ids) and the OpenAPI declarations controllers use. Imports config,
// event-store and runtime only; never the domain (rule `http-not-domain`).
export * from './problem/problem.js';
export * from './problem/problem.filter.js';
export * from './problem/validation.pipe.js';
export * from './problem/body-errors.js';
export * from './problem/client-error.js';
export * from './context/correlation.middleware.js';
export * from './context/json-body.middleware.js';
export * from './context/host.middleware.js';
export * from './context/security-headers.middleware.js';
export * from './context/http-bindings.js';
export * from './auth/roles.js';
export * from './auth/create-api-key.schema.js';
export * from './auth/create-api-key.response.js';
export * from './context/if-match.js';
export * from './auth/auth.guard.js';
export * from './auth/authenticator.js';
export * from './auth/api-key-cache.js';
export * from './auth/api-key.repository.js';
export * from './http.module.js';
export * from './idempotency/idempotency.interceptor.js';
export * from './context/etag.interceptor.js';
export * from './openapi/openapi-document.js';
export * from './openapi/problem.schema.js';
export * from './openapi/write.response.js';
export * from './openapi/api-responses.js';
