import { checkSNS, checkSQS, updateApp } from '../../rest/app.js';
import { toWireInput } from '../../rest/wireInput.js';
import { AppRef } from '../../schema/app/types.js';
import { CheckSnsInput, CheckSqsInput, UpdateAppInput } from '../../schema/app/inputs.js';
import { CheckSnsPayloadRef, CheckSqsPayloadRef, UpdateAppPayloadRef } from '../../schema/app/payloads.js';
import { builder } from '../../graphql/builder.js';
import { serverQuery } from '../../graphql/serverQuery.js';

type UpdateAppInputShape = typeof UpdateAppInput.$inferInput;

/** Stream names the switch of its legacy push blocks `Disabled`; the graph calls it `disabled`. */
function legacyPushBlock<B extends { disabled?: boolean | null }>(block: B | null | undefined) {
  if (!block) return undefined;
  const { disabled, ...rest } = block;
  return { ...rest, Disabled: disabled };
}

/** An app update in Stream's names; fields the caller left out stay out. */
function updateAppBody(input: UpdateAppInputShape) {
  return toWireInput(updateApp, {
    ...input,
    apnConfig: legacyPushBlock(input.apnConfig),
    firebaseConfig: legacyPushBlock(input.firebaseConfig),
    huaweiConfig: legacyPushBlock(input.huaweiConfig),
    xiaomiConfig: legacyPushBlock(input.xiaomiConfig),
  });
}

serverQuery('app', {
  type: AppRef,
  description: 'The app’s settings (getApp).',
  read: async (stream) => (await stream.getApp()).app,
});

builder.mutationField('updateApp', (t) =>
  t.field({
    type: UpdateAppPayloadRef,
    description: 'Changes app settings (updateApp).',
    authScopes: { server: true },
    args: { input: t.arg({ type: UpdateAppInput, required: true }) },
    resolve: async (_root, { input }, { stream }) => {
      await stream.updateApp(updateAppBody(input));
      return { updated: true as const };
    },
  }),
);

builder.mutationField('checkSNS', (t) =>
  t.field({
    type: CheckSnsPayloadRef,
    description:
      'Has Stream publish a test event to an SNS topic (checkSNS). A mutation: it sends a message to the topic.',
    authScopes: { server: true },
    args: { input: t.arg({ type: CheckSnsInput, description: 'Settings to try; the saved ones when left out.' }) },
    resolve: (_root, { input }, { stream }) => stream.checkSNS(toWireInput(checkSNS, input ?? {})),
  }),
);

builder.mutationField('checkSQS', (t) =>
  t.field({
    type: CheckSqsPayloadRef,
    description:
      'Has Stream send a test event to an SQS queue (checkSQS). A mutation: it sends a message to the queue.',
    authScopes: { server: true },
    args: { input: t.arg({ type: CheckSqsInput, description: 'Settings to try; the saved ones when left out.' }) },
    resolve: (_root, { input }, { stream }) => stream.checkSQS(toWireInput(checkSQS, input ?? {})),
  }),
);
