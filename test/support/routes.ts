import { pathParamNames, type Operation } from '../../src/rest/operation.js';
import { operationList } from '../../src/rest/operations.js';

const routes = operationList
  .map((operation) => ({
    operation,
    pattern: new RegExp(`^${operation.path.replace(/\{\w+\}/g, '[^/]+')}$`),
    placeholders: pathParamNames(operation.path).length,
  }))
  // Literal segments win over placeholders (`/imports/v2` is not `/imports/{id}`).
  .sort((a, b) => a.placeholders - b.placeholders);

/** The operation a request is for, matched by verb and path as Stream routes it. */
export function operationForRequest(method: string, pathname: string): Operation | undefined {
  return routes.find((route) => route.operation.method === method && route.pattern.test(pathname))?.operation;
}
