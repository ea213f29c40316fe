import { parseJson } from '../rest/wire/json.js';
import { Kind, type TObject, type TSchema } from '@sinclair/typebox';
import { TypeCompiler, type TypeCheck } from '@sinclair/typebox/compiler';
import { badInput, streamError } from './errors.js';

const compiled = new WeakMap<TSchema, TypeCheck<TSchema>>();

function checker(schema: TSchema): TypeCheck<TSchema> {
  let check = compiled.get(schema);
  if (!check) {
    check = TypeCompiler.Compile(schema);
    compiled.set(schema, check);
  }
  return check;
}

/** Validates a value against a wire schema; the first problem becomes Stream's 400/4 naming the field. */
export function validate(schema: TSchema, value: unknown, what: string): void {
  const check = checker(schema);
  if (check.Check(value)) return;
  const first = check.Errors(value).First();
  const field = first?.path.replace(/^\//, '').replace(/\//g, '.') || what;
  throw badInput(field, first?.message ?? 'invalid value');
}

/** Whether a value matches a schema, for tests and contract checks. */
export function matches(schema: TSchema, value: unknown): boolean {
  return checker(schema).Check(value);
}

export function firstMismatch(schema: TSchema, value: unknown): string | undefined {
  const first = checker(schema).Errors(value).First();
  return first ? `${first.path || '/'}: ${first.message}` : undefined;
}

/** Turns query strings into the types the params schema declares, as Stream's server reads them. */
export function decodeQuery(schema: TObject, query: URLSearchParams): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, property] of Object.entries(schema.properties)) {
    const raw = query.get(name);
    if (raw === null) continue;
    out[name] = decodeQueryValue(name, property, raw);
  }
  return out;
}

function decodeQueryValue(name: string, schema: TSchema, raw: string): unknown {
  switch (schema[Kind]) {
    case 'Integer':
    case 'Number': {
      const value = Number(raw);
      if (raw === '' || !Number.isFinite(value)) throw badInput(name, 'must be a number');
      return value;
    }
    case 'Boolean':
      if (raw !== 'true' && raw !== 'false') throw badInput(name, 'must be true or false');
      return raw === 'true';
    case 'Array':
      return raw === '' ? [] : raw.split(',');
    case 'Object':
    case 'Record':
      try {
        return parseJson(raw);
      } catch {
        throw streamError('input', `${name} is not valid JSON`, { [name]: 'invalid JSON' });
      }
    default:
      return raw;
  }
}
