import { assertRootFieldsDeclareAuthScopes } from './authCheck.js';
import { checkIdArguments } from './input/idArguments.js';
import './scalars.js';
import './root.js';
import '../resolvers/app.js';
import '../resolvers/blockList.js';
import '../resolvers/device.js';
import '../resolvers/externalStorage.js';
import '../resolvers/guest.js';
import '../resolvers/import.js';
import '../resolvers/location.js';
import '../resolvers/og.js';
import '../resolvers/permission.js';
import '../resolvers/poll.js';
import '../resolvers/pollMutations.js';
import '../resolvers/pollOption.js';
import '../resolvers/push.js';
import '../resolvers/rateLimit.js';
import '../resolvers/task.js';
import '../resolvers/subscriptions.js';
import '../resolvers/upload.js';
import '../resolvers/user.js';
import '../resolvers/userBlocks.js';
import '../resolvers/userGroup.js';
import '../resolvers/userLifecycle.js';
// Last: it makes entities of the types imported above and builds the subgraph schema.
import { buildSubgraphSchema } from './federation.js';

/** The graph as a Federation 2 subgraph: every type and field, plus `_service` and `_entities`. */
export const schema = checkIdArguments(assertRootFieldsDeclareAuthScopes(buildSubgraphSchema()));
