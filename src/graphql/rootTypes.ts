import { builder } from './builder.js';

builder.queryType({ description: "Reads over Stream's common API." });
builder.mutationType({ description: "Writes to Stream's common API, each taking one `input` argument." });
builder.subscriptionType({
  description:
    'Live updates over SSE or WebSocket (graphql-ws) at the same /graphql path, fed by Stream webhooks, mutations made through the gateway and task polling.',
});
