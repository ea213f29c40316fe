import type { InputObjectRef } from '@pothos/core';
import { builder, type BuilderTypes } from '../builder.js';
import { camelToSnake } from '../../rest/wire/toWire.js';
import type { WhereFields, WhereInput } from '../filters.js';

/**
 * One field a `where:` input offers: its filter input (IDFilter…) and what it is. Its Stream name is
 * the field's name in snake_case (`createdById` → `created_by_id`).
 */
export interface WhereField {
  filter: InputObjectRef<PothosSchemaTypes.ExtendDefaultTypes<BuilderTypes>, object>;
  description: string;
}

/**
 * A list's `where:` input, from its fields declared once: the GraphQL input (each field with its
 * typed filter, plus `and`/`or`/`not` of itself, for lists whose endpoint takes Stream's filter
 * language with `$and`/`$or`/`$nor`), and the Stream names `whereToFilter` translates them to.
 */
export function whereInput(name: string, description: string, fields: Readonly<Record<string, WhereField>>) {
  const input = builder.inputRef<WhereInput>(name);
  input.implement({
    description,
    fields: (t) => ({
      ...Object.fromEntries(
        Object.entries(fields).map(([key, field]) => [
          key,
          t.field({ type: field.filter, description: field.description }),
        ]),
      ),
      and: t.field({ type: [input], description: 'Every one of these holds.' }),
      or: t.field({ type: [input], description: 'At least one of these holds.' }),
      not: t.field({ type: input, description: 'This does not hold.' }),
    }),
  });
  const streamNames: WhereFields = Object.fromEntries(Object.keys(fields).map((key) => [key, camelToSnake(key)]));
  return { input, streamNames };
}
