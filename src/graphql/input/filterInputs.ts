import { builder } from '../builder.js';

/*
 * The typed conditions a `where:` input puts on one field, one input per kind of value. Each
 * member is one operator of Stream's filter language (`eq` → `$eq`, `in` → `$in`, …); members given
 * together must all hold. src/graphql/filters.ts translates them; a list's `where` input names
 * only the fields (and so the kinds) Stream filters that list on.
 */

export const IDFilter = builder.inputType('IDFilter', {
  description: 'Conditions on an id: all members given must hold.',
  fields: (t) => ({
    eq: t.id({ description: 'Exactly this id.' }),
    in: t.idList({ description: 'Any of these ids (at least one).' }),
  }),
});

export const StringFilter = builder.inputType('StringFilter', {
  description: 'Conditions on a text: all members given must hold.',
  fields: (t) => ({
    eq: t.string({ description: 'Exactly this text.' }),
    in: t.stringList({ description: 'Any of these texts (at least one).' }),
    autocomplete: t.string({
      description: 'Every word given starts a word of the text, ignoring case (type-ahead search).',
    }),
  }),
});

export const StringListFilter = builder.inputType('StringListFilter', {
  description: 'Conditions on a list of texts (such as teams): all members given must hold.',
  fields: (t) => ({
    contains: t.string({ description: 'The list holds this text.' }),
    in: t.stringList({ description: 'The list holds any of these texts (at least one).' }),
  }),
});

export const IntFilter = builder.inputType('IntFilter', {
  description: 'Conditions on a whole number: all members given must hold.',
  fields: (t) => ({
    eq: t.int({ description: 'Exactly this number.' }),
    in: t.intList({ description: 'Any of these numbers (at least one).' }),
    gt: t.int({ description: 'Greater than this.' }),
    gte: t.int({ description: 'Greater than or equal to this.' }),
    lt: t.int({ description: 'Less than this.' }),
    lte: t.int({ description: 'Less than or equal to this.' }),
  }),
});

export const DateTimeFilter = builder.inputType('DateTimeFilter', {
  description: 'Conditions on an instant: all members given must hold (e.g. `{gte: …, lt: …}` for a range).',
  fields: (t) => ({
    gt: t.field({ type: 'DateTime', description: 'Later than this.' }),
    gte: t.field({ type: 'DateTime', description: 'At or later than this.' }),
    lt: t.field({ type: 'DateTime', description: 'Earlier than this.' }),
    lte: t.field({ type: 'DateTime', description: 'At or earlier than this.' }),
  }),
});

export const BooleanFilter = builder.inputType('BooleanFilter', {
  description: 'A condition on a yes/no value.',
  fields: (t) => ({
    eq: t.boolean({ description: 'Exactly this value.' }),
  }),
});
