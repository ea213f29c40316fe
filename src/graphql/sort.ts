import type { SortParamRequest } from '../rest/wire/shared.js';
import { builder } from './builder.js';
import { badUserInput } from './errors.js';

/** Stream's query endpoints accept at most this many sort fields. */
const MAX_SORT_FIELDS = 5;

export const SortDirection = builder.enumType('SortDirection', {
  description: 'Which way a sort field orders results.',
  values: {
    ASC: { value: 1, description: 'Smallest, earliest or alphabetically first values first.' },
    DESC: { value: -1, description: 'Largest, latest or alphabetically last values first.' },
  } as const,
});

/** A GraphQL sort list as Stream's `sort` parameter; more entries than Stream takes is BAD_USER_INPUT. */
export function toSortParams(
  sort: readonly { field: string; direction: 1 | -1 }[] | null | undefined,
  argument = 'sort',
): SortParamRequest[] | undefined {
  if (!sort?.length) return undefined;
  if (sort.length > MAX_SORT_FIELDS) {
    throw badUserInput(`sort by at most ${MAX_SORT_FIELDS} fields`, { [argument]: `has ${sort.length} entries` });
  }
  return sort.map(({ field, direction }) => ({ field, direction }));
}

/**
 * A typed sort entry for one list, `name`, with the enum `${name}Field` of the fields Stream sorts
 * that list on, each value standing for Stream's field name, its own name in lower case
 * (CREATED_AT → `created_at`): the list goes to `toSortParams` as it is, and a misspelt field is
 * a validation error rather than silently ignored.
 */
export function orderInput(
  name: string,
  description: string,
  fields: { description: string; values: Readonly<Record<string, string>> },
) {
  const values = Object.fromEntries(
    Object.entries(fields.values).map(([value, about]) => [value, { value: value.toLowerCase(), description: about }]),
  );
  const field = builder.enumType(`${name}Field`, { description: fields.description, values });
  return builder.inputType(name, {
    description,
    fields: (t) => ({
      field: t.field({ type: field, required: true, description: 'The field to order by.' }),
      direction: t.field({
        type: SortDirection,
        required: true,
        defaultValue: 1,
        description: 'Ascending unless told otherwise.',
      }),
    }),
  });
}
