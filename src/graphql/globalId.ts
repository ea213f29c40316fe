import { decodeGlobalID } from '@pothos/plugin-relay';
import { badUserInput } from './errors.js';

/** Pothos's global id decoding (base64 of `Type:id`), with a malformed id answered as BAD_USER_INPUT. */
export function decodeGlobalIdOrRefuse(globalId: string): { typename: string; id: string } {
  try {
    return decodeGlobalID(globalId);
  } catch {
    throw badUserInput(`${JSON.stringify(globalId)} is not a global id: globalId fields give them`, {
      id: 'is not a global id',
    });
  }
}
