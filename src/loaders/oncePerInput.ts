import DataLoader from 'dataloader';
import { stringifyJson } from '../rest/wire/json.js';

/**
 * One upstream call per distinct input in a request: relations that Stream reads one user at a
 * time (a user's polls, devices, blocks, live locations) are asked for once per distinct user and
 * arguments, however often that user appears in the answer. Nothing batches such reads, so each
 * key is its own call (`batch: false`); DataLoader only keeps the answers for the request.
 */
export function oncePerInput<Input, Output>(
  call: (input: Input) => Promise<Output>,
): DataLoader<Input, Output, string> {
  return new DataLoader<Input, Output, string>(async ([input]) => [await call(input!)], {
    batch: false,
    cacheKeyFn: stringifyJson,
  });
}
