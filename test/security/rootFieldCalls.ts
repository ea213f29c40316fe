import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';

/**
 * Argument and input field names that say which user a call acts as. Not `createdById`: on
 * `polls` it filters by author, and reading others' polls is allowed.
 */
const ACTING_USER_NAMES = new Set(['userId', 'user_id', 'actingUserId']);

export interface RootField {
  /** `Query.x` or `Mutation.y`. */
  coordinate: string;
  operation: 'query' | 'mutation';
  field: GraphQLField<unknown, unknown>;
}

export function rootFieldsOf(schema: GraphQLSchema): RootField[] {
  const roots = [
    { operation: 'query' as const, type: schema.getQueryType() },
    { operation: 'mutation' as const, type: schema.getMutationType() },
  ];
  return roots.flatMap(({ operation, type }) =>
    type
      ? Object.values(type.getFields()).map((field) => ({ coordinate: `${type.name}.${field.name}`, operation, field }))
      : [],
  );
}

/** A ready-to-send request for one root field. */
export interface RootFieldCall {
  document: string;
  variables: Record<string, unknown>;
  /** Variable paths (`variables.input.file`) that take an uploaded file. */
  uploads: string[];
}

export interface SampleOptions {
  /** The value of every acting-user argument or input field (filled even where optional). */
  actingUserId: string;
}

const DUMMY_SCALARS: Record<string, unknown> = {
  ID: 'security-probe',
  String: 'security-probe',
  Int: 1,
  Float: 1.5,
  Boolean: false,
  NonNegativeInt: 1,
  JSON: {},
  JSONObject: {},
  URL: 'http://127.0.0.1:9/security-probe',
  // A federation entity representation.
  _Any: { __typename: 'User', id: 'security-probe' },
};

function sample(
  type: GraphQLInputType,
  name: string,
  path: string,
  options: SampleOptions,
  uploads: string[],
): unknown {
  if (isNonNullType(type)) return sample(type.ofType, name, path, options, uploads);
  if (isListType(type)) return [sample(type.ofType, name, `${path}.0`, options, uploads)];
  if (isEnumType(type)) return type.getValues()[0]!.name;
  if (isScalarType(type)) {
    if (type.name === 'Upload') {
      uploads.push(path);
      return null;
    }
    if (ACTING_USER_NAMES.has(name) && (type.name === 'ID' || type.name === 'String')) return options.actingUserId;
    if (type.name === 'String' && /url$/i.test(name)) return DUMMY_SCALARS.URL;
    if (type.name === 'DateTime') return new Date().toISOString();
    if (!(type.name in DUMMY_SCALARS)) throw new Error(`no sample value for scalar ${type.name} (${path}): add one`);
    return DUMMY_SCALARS[type.name];
  }
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields());
    // @oneOf inputs take exactly one field.
    const shallow = path.split('.').length < 8;
    const chosen = type.isOneOf
      ? fields.slice(0, 1)
      : fields.filter((field) => isRequired(field) || actsAsUser(field) || (shallow && hasActingUserField(field.type)));
    return Object.fromEntries(
      chosen.map((field) => [field.name, sample(field.type, field.name, `${path}.${field.name}`, options, uploads)]),
    );
  }
  throw new Error(`cannot sample ${String(type)}`);
}

function isRequired(input: GraphQLArgument | GraphQLInputField): boolean {
  return isNonNullType(input.type) && input.defaultValue === undefined;
}

function actsAsUser(input: GraphQLArgument | GraphQLInputField): boolean {
  return ACTING_USER_NAMES.has(input.name) && isLeafType(getNamedType(input.type));
}

/**
 * The smallest valid call of a root field: required arguments (and acting-user ones) with dummy
 * values, input objects with their required fields, and only `__typename` selected. It may well
 * fail upstream (NOT_FOUND...); what it shows is whether the gateway let it through.
 */
export function minimalCall(root: RootField, options: SampleOptions): RootFieldCall {
  const uploads: string[] = [];
  const variables: Record<string, unknown> = {};
  const definitions: string[] = [];
  const passed: string[] = [];
  for (const arg of root.field.args) {
    if (!isRequired(arg) && !actsAsUser(arg) && !hasActingUserField(arg.type)) continue;
    variables[arg.name] = sample(arg.type, arg.name, `variables.${arg.name}`, options, uploads);
    definitions.push(`$${arg.name}: ${String(arg.type)}`);
    passed.push(`${arg.name}: $${arg.name}`);
  }
  const selection = isLeafType(getNamedType(root.field.type)) ? '' : ' { __typename }';
  const header = definitions.length > 0 ? `(${definitions.join(', ')})` : '';
  const args = passed.length > 0 ? `(${passed.join(', ')})` : '';
  return { document: `${root.operation} Probe${header} { ${root.field.name}${args}${selection} }`, variables, uploads };
}

/** Whether an input type holds an acting-user field, at any depth (optional inputs are then passed too). */
function hasActingUserField(type: GraphQLInputType, seen = new Set<string>()): boolean {
  const named = getNamedType(type);
  if (!isInputObjectType(named) || seen.has(named.name)) return false;
  seen.add(named.name);
  return Object.values(named.getFields()).some((field) => actsAsUser(field) || hasActingUserField(field.type, seen));
}

/** Whether a root field takes an acting user, as an argument or inside an input. */
export function takesActingUser(root: RootField): boolean {
  return root.field.args.some((arg) => actsAsUser(arg) || hasActingUserField(arg.type));
}

/** The call as a GraphQL multipart request (one small file per Upload variable) or as JSON. */
export function requestBody(call: RootFieldCall): { body: string | FormData; headers: Record<string, string> } {
  if (call.uploads.length === 0) {
    return {
      body: JSON.stringify({ query: call.document, variables: call.variables }),
      headers: { 'content-type': 'application/json' },
    };
  }
  const form = new FormData();
  form.set('operations', JSON.stringify({ query: call.document, variables: call.variables }));
  form.set('map', JSON.stringify(Object.fromEntries(call.uploads.map((path, index) => [String(index), [path]]))));
  call.uploads.forEach((_path, index) =>
    form.set(String(index), new Blob(['probe'], { type: 'text/plain' }), 'probe.txt'),
  );
  return { body: form, headers: { 'x-graphql-csrf': '1' } };
}
