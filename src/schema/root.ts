import { builder } from './builder.js';

builder.queryType({ description: "Reads over Stream's common API." });
builder.mutationType({ description: "Writes to Stream's common API, each taking one `input` argument." });
