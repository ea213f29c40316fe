import SchemaBuilder, {
  BasePlugin,
  type PothosOutputFieldConfig,
  type PothosOutputFieldType,
  type SchemaTypes,
} from '@pothos/core';
import type { GraphQLFieldResolver } from 'graphql';
import { failedPayload, isFailedPayload, userErrorsFor } from './userErrors.js';

/** The interface every mutation payload implements; its one field is `userErrors`. */
export const MUTATION_PAYLOAD = 'MutationPayload';
export const USER_ERRORS_FIELD = 'userErrors';

/**
 * Errors as data for every mutation at once: a mutation whose failure is the caller's to fix
 * (src/graphql/userErrors.ts) answers a payload holding only `userErrors`, and every other field
 * of a payload (a type implementing MutationPayload) is nullable and null in that case; errors
 * the caller cannot fix stay top-level and null only their own mutation field. Written
 * as a plugin because @pothos/plugin-errors answers unions of result and error types, not the
 * `userErrors` field frontends expect; the hooks are Pothos' own (BasePlugin).
 */
export class PothosUserErrorsPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override onOutputFieldConfig(fieldConfig: PothosOutputFieldConfig<Types>): PothosOutputFieldConfig<Types> {
    // Mutation fields are nullable too: a refused or failed mutation (a top-level error) nulls only
    // itself, so the answers of the mutations before it in the document stay visible and the ones
    // after it still run; a write's outcome is never hidden by another one's error.
    if (fieldConfig.kind !== 'Mutation' && !this.isPayloadDataField(fieldConfig)) return fieldConfig;
    const type: PothosOutputFieldType<Types> = { ...fieldConfig.type, nullable: true };
    return { ...fieldConfig, type };
  }

  override wrapResolve(
    resolver: GraphQLFieldResolver<unknown, Types['Context'], object>,
    fieldConfig: PothosOutputFieldConfig<Types>,
  ): GraphQLFieldResolver<unknown, Types['Context'], object> {
    if (fieldConfig.kind === 'Mutation') {
      return async (parent, args, context, info) => {
        try {
          return await resolver(parent, args, context, info);
        } catch (error) {
          const userErrors = userErrorsFor(error, info.parentType.getFields()[info.fieldName]?.args ?? []);
          if (!userErrors) throw error;
          return failedPayload(userErrors);
        }
      };
    }
    if (!this.isPayloadDataField(fieldConfig)) return resolver;
    return (parent, args, context, info) => (isFailedPayload(parent) ? null : resolver(parent, args, context, info));
  }

  private isPayloadDataField(fieldConfig: PothosOutputFieldConfig<Types>): boolean {
    if (fieldConfig.name === USER_ERRORS_FIELD || fieldConfig.graphqlKind !== 'Object') return false;
    const parent = this.buildCache.getTypeConfig(fieldConfig.parentType);
    if (parent.kind !== 'Object') return false;
    return parent.interfaces.some((ref) => this.buildCache.getTypeConfig(ref).name === MUTATION_PAYLOAD);
  }
}

const pluginName = 'userErrors';

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- Pothos declares its plugin registry in this global namespace
  export namespace PothosSchemaTypes {
    export interface Plugins<Types extends SchemaTypes> {
      userErrors: PothosUserErrorsPlugin<Types>;
    }
  }
}

SchemaBuilder.registerPlugin(pluginName, PothosUserErrorsPlugin);

export default pluginName;
