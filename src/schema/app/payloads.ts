import { CheckSNSResponse } from '../../rest/wire/app.js';
import { wireFields } from '../../graphql/wireFields.js';
import { payloadType } from '../../graphql/mutationPayload.js';
import { openEnumFields } from '../../graphql/openEnum.js';
import { CheckStatus } from './enums.js';
import { AppRef } from './types.js';

/** checkSNS and checkSQS answer alike: the outcome of one test delivery. */
function checkPayload(name: string, description: string) {
  return payloadType<CheckSNSResponse>(name, {
    description,
    fields: (t) => ({
      ...openEnumFields(t, CheckStatus, 'status', { description: 'Whether it worked.' }),
      ...wireFields(t, CheckSNSResponse, {
        error: 'What went wrong, when it did.',
        data: 'Details of the attempt.',
      }),
    }),
  });
}

export const CheckSnsPayloadRef = checkPayload('CheckSNSPayload', 'Whether Stream could publish to the SNS topic.');
export const CheckSqsPayloadRef = checkPayload('CheckSQSPayload', 'Whether Stream could send to the SQS queue.');

export const UpdateAppPayloadRef = payloadType<{ updated: true }>('UpdateAppPayload', {
  description: 'The app settings after the change.',
  fields: (t) => ({
    app: t.field({
      type: AppRef,
      description: 'The settings as they are now (read again from Stream when selected).',
      resolve: async (_payload, _args, { stream }) => (await stream.getApp()).app,
    }),
  }),
});
