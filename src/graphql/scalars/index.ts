import { NonNegativeIntResolver, URLResolver } from 'graphql-scalars';
import { builder } from '../builder.js';
import { DateTimeScalar } from './dateTime.js';
import { JSONObjectScalar, JSONScalar } from './json.js';

builder.addScalarType('DateTime', DateTimeScalar);
builder.addScalarType('JSON', JSONScalar);
builder.addScalarType('JSONObject', JSONObjectScalar);
builder.addScalarType('URL', URLResolver);
builder.addScalarType('NonNegativeInt', NonNegativeIntResolver);
builder.scalarType('Upload', {
  description: 'A file sent with the GraphQL multipart request specification.',
  serialize: () => {
    throw new Error('Upload is an input-only scalar');
  },
});
