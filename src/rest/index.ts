export { createStreamClient, StreamClient, type ClientHooks, type StreamResponse, type UploadInput } from './client.js';
export { createServerToken, createUserToken } from './auth.js';
export { DEFAULT_BASE_URL, type StreamClientConfig } from './config.js';
export * from './errors.js';
export { StreamRequestError } from './requestGuard.js';
export { Instant } from './wire/instant.js';
export { operations, operationList, type OperationName, type Operations } from './operations.js';
