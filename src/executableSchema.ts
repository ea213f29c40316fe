import { assertRootFieldsDeclareAuthScopes } from './graphql/authCheck.js';
import { checkIdArguments } from './graphql/input/idArguments.js';
import { refuseOutputOnlyEnumValues } from './graphql/input/outputOnlyEnumValues.js';
import './graphql/scalars/index.js';
import './graphql/rootTypes.js';
import './resolvers/app/fields.js';
import './resolvers/blockList/fields.js';
import './resolvers/device/fields.js';
import './resolvers/externalStorage/fields.js';
import './resolvers/user/guest.js';
import './resolvers/import/fields.js';
import './resolvers/location/fields.js';
import './resolvers/og/fields.js';
import './resolvers/permission/fields.js';
import './resolvers/poll/queries.js';
import './resolvers/poll/relations.js';
import './resolvers/poll/mutations.js';
import './resolvers/poll/options.js';
import './resolvers/push/fields.js';
import './resolvers/rateLimit/fields.js';
import './resolvers/task/fields.js';
import './resolvers/event/subscriptions.js';
import './resolvers/upload/fields.js';
import './resolvers/user/fields.js';
import './resolvers/user/blocks.js';
import './resolvers/userGroup/fields.js';
import './resolvers/userGroup/members.js';
import './resolvers/user/lifecycle.js';
import './resolvers/federation/entities.js';
import './resolvers/node/nodes.js';
// In this order: the order of root fields in schema.graphql follows it. Last: builds the subgraph schema.
import { buildSubgraphSchema, withoutFederationInternals } from './graphql/federation.js';

/** The graph as a Federation 2 subgraph: every type and field, plus `_service` and `_entities`. */
export const schema = refuseOutputOnlyEnumValues(
  checkIdArguments(assertRootFieldsDeclareAuthScopes(buildSubgraphSchema())),
);

/** What introspection shows callers other than servers (src/security/federationInternals.ts). */
export const publicSchema = withoutFederationInternals(schema);
