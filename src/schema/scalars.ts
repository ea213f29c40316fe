import { GraphQLScalarType } from 'graphql';
import {
  DateTimeResolver,
  JSONObjectResolver,
  JSONResolver,
  NonNegativeIntResolver,
  URLResolver,
} from 'graphql-scalars';
import { decodeInstant } from '../rest/wire/primitives.js';
import { builder } from './builder.js';

/** graphql-scalars' DateTime, also serializing the wire's RFC 3339 strings and integer nanoseconds. */
const DateTime = new GraphQLScalarType({
  ...DateTimeResolver.toConfig(),
  serialize: (value) =>
    DateTimeResolver.serialize(typeof value === 'number' || typeof value === 'string' ? decodeInstant(value) : value),
});

builder.addScalarType('DateTime', DateTime);
builder.addScalarType('JSON', JSONResolver);
builder.addScalarType('JSONObject', JSONObjectResolver);
builder.addScalarType('URL', URLResolver);
builder.addScalarType('NonNegativeInt', NonNegativeIntResolver);
builder.scalarType('Upload', {
  description: 'A file sent with the GraphQL multipart request specification.',
  serialize: () => {
    throw new Error('Upload is an input-only scalar');
  },
});
