import { GraphQLError } from 'graphql';
import type { GraphQLParams, Plugin } from 'graphql-yoga';
import { parseJson, stringifyJson } from '../rest/wire/json.js';
import { exceedsDepth, MAX_JSON_DEPTH } from '../graphql/input/jsonDepth.js';

function invalidJson(what: string): GraphQLError {
  return new GraphQLError(`${what} is not valid JSON.`, {
    extensions: { code: 'BAD_REQUEST', http: { status: 400 } },
  });
}

function tooDeep(name: string): GraphQLError {
  return new GraphQLError(`${name} nest deeper than ${MAX_JSON_DEPTH} levels`, {
    // Like any request error: 400 for application/graphql-response+json, 200 for application/json.
    extensions: { code: 'BAD_USER_INPUT', argument: name, http: { status: 400, spec: true } },
  });
}

/** JSON text with exact big integers; too deep for lossless-json's recursive parser is a client error too. */
function parseText(text: string, what: string): unknown {
  try {
    return parseJson(text);
  } catch (error) {
    if (error instanceof RangeError) throw tooDeep(what);
    throw invalidJson(what);
  }
}

async function parsePostBody(request: Request): Promise<GraphQLParams | GraphQLParams[]> {
  const body = parseText(await request.text(), 'POST body');
  if (typeof body !== 'object' || body === null) {
    throw new GraphQLError(`POST body is expected to be object but received ${body === null ? 'null' : typeof body}`, {
      extensions: { code: 'BAD_REQUEST', http: { status: 400 } },
    });
  }
  return body as GraphQLParams | GraphQLParams[];
}

function parseGetQuery(request: Request): GraphQLParams {
  const search = new URL(request.url).searchParams;
  const variables = search.get('variables');
  const extensions = search.get('extensions');
  return {
    operationName: search.get('operationName') || undefined,
    query: search.get('query') || undefined,
    variables: variables ? (parseText(variables, 'variables') as Record<string, unknown>) : undefined,
    extensions: extensions ? (parseText(extensions, 'extensions') as Record<string, unknown>) : undefined,
  };
}

function isJsonPost(request: Request): boolean {
  const type = request.headers.get('content-type')?.split(',')[0]?.split(';')[0]?.trim().toLowerCase();
  return request.method === 'POST' && (type === 'application/json' || type === 'application/graphql+json');
}

/**
 * Exact JSON at the gateway's edge: request bodies and GET variables keep integers beyond ±2^53
 * (yoga reads them with JSON.parse, which rounds), variables and extensions nest at most
 * MAX_JSON_DEPTH levels (checked without recursion), and results print bigints with every digit.
 * Must come before useRequestBodyLimit, which wraps whatever parser is set before it.
 */
export function useExactJson(): Plugin {
  return {
    onRequestParse({ request, setRequestParser }) {
      if (request.method === 'GET') setRequestParser(parseGetQuery);
      else if (isJsonPost(request)) setRequestParser(parsePostBody);
      return {
        onRequestParseDone({ requestParserResult }) {
          const all = Array.isArray(requestParserResult) ? requestParserResult : [requestParserResult];
          for (const params of all) {
            // The variables object is one level above each variable's value.
            if (exceedsDepth(params.variables, MAX_JSON_DEPTH + 1)) throw tooDeep('variables');
            if (exceedsDepth(params.extensions, MAX_JSON_DEPTH + 1)) throw tooDeep('extensions');
          }
        },
      };
    },
    onExecutionResult({ result }) {
      if (!result || Symbol.asyncIterator in result) return;
      for (const one of Array.isArray(result) ? result : [result]) one.stringify = stringifyJson;
    },
  };
}
