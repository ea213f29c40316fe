/**
 * Prints the size of the graph (root fields, object types, relations) and the upstream requests
 * that the five reference queries cost, measured through HTTP against the emulator's demo data.
 *
 *   npm run stats
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getNamedType, isObjectType, type GraphQLObjectType } from 'graphql';
import { startEmulator } from '../src/emulator/server.js';
import { createServerToken } from '../src/rest/auth.js';
import { createStreamClient } from '../src/rest/client.js';
import { schema } from '../src/executableSchema.js';
import { createGateway } from '../src/yoga.js';

/** Types whose objects have an identity of their own: a field of another type returning one is a relation. */
const NODES = new Set([
  'User',
  'Poll',
  'PollVote',
  'PollOption',
  'UserGroup',
  'UserGroupMember',
  'Device',
  'SharedLocation',
  'BlockList',
  'Role',
  'Task',
]);
const ROOTS = new Set(['Query', 'Mutation', 'Subscription']);

function relationsOf(type: GraphQLObjectType): string[] {
  return Object.values(type.getFields()).flatMap((field) => {
    let target = getNamedType(field.type);
    // A connection's nodes are what it relates to.
    if (isObjectType(target) && target.name.endsWith('Connection')) {
      const edge = getNamedType(target.getFields().edges?.type ?? target);
      target = isObjectType(edge) ? getNamedType(edge.getFields().node?.type ?? edge) : target;
    }
    return NODES.has(target.name) ? [`${type.name}.${field.name} → ${target.name}`] : [];
  });
}

const objectTypes = Object.values(schema.getTypeMap()).filter(
  (type): type is GraphQLObjectType => isObjectType(type) && !type.name.startsWith('__') && !ROOTS.has(type.name),
);
const relations = objectTypes
  .filter((type) => !/(Payload|Connection|Edge)$/.test(type.name))
  .flatMap(relationsOf)
  .sort();
console.log(`Query fields:    ${Object.keys(schema.getQueryType()!.getFields()).length}`);
console.log(`Mutation fields: ${Object.keys(schema.getMutationType()!.getFields()).length}`);
console.log(`Object types:    ${objectTypes.length} (not counting Query and Mutation)`);
console.log(`Relations:       ${relations.length}`);
for (const relation of relations) console.log(`  ${relation}`);

const emulator = await startEmulator({ data: 'demo' });
const client = createStreamClient({ apiKey: emulator.apiKey, apiSecret: emulator.apiSecret, baseUrl: emulator.url });
const gateway = createGateway({ client, apiSecret: emulator.apiSecret, queryLimits: { maxAliases: 50 } });
const server = createServer(gateway);
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
const token = await createServerToken(emulator.apiSecret);

const aliases = Array.from({ length: 40 }, (_, i) => `u${i}: user(id: "user-007") { id name }`).join(' ');
const queries: [string, string][] = [
  [
    '25 polls with createdBy { name } and options',
    '{ polls(first: 25) { edges { node { createdBy { name } options { text } } } } }',
  ],
  [
    '25 polls with votes(first: 10) { user { name } }',
    '{ polls(first: 25) { edges { node { votes(first: 10) { edges { node { user { name } } } } } } } }',
  ],
  [
    '100 members of a 150-member user group, each with their user',
    '{ userGroup(id: "group-01") { members(first: 100) { nodes { user { name } } } } }',
  ],
  ['blocked users with both users', '{ blockedUsers(userId: "user-001") { user { name } blockedUser { name } } }'],
  ['the same user in 40 places of one query', `{ ${aliases} }`],
];

console.log('\nUpstream requests per query (emulator demo data):');
let failed = false;
for (const [label, query] of queries) {
  const start = emulator.log.length;
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as { errors?: unknown[] };
  const counts: Record<string, number> = {};
  for (const entry of emulator.log.slice(start)) counts[entry.operation] = (counts[entry.operation] ?? 0) + 1;
  const total = Object.values(counts).reduce((sum, n) => sum + n, 0);
  const detail = Object.entries(counts)
    .map(([operation, n]) => `${n} ${operation}`)
    .join(' + ');
  console.log(`  ${label}: ${total} (${detail})${body.errors ? `  ERRORS: ${JSON.stringify(body.errors)}` : ''}`);
  failed ||= Boolean(body.errors);
}

server.close();
await client.close();
await emulator.close();
process.exitCode = failed ? 1 : 0;
