import { meros } from 'meros/browser';

/** One part of an answer delivered in parts (@defer/@stream). */
export interface Part {
  data?: any;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
  incremental?: { data?: any; items?: unknown[]; path: (string | number)[]; errors?: unknown[] }[];
  hasNext: boolean;
}

/** Sends a document to `url` asking for a multipart answer and reads every part, in order, with meros. */
export async function incrementalParts(
  url: string,
  query: string,
  token: string,
): Promise<{ contentType: string; parts: Part[] }> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'multipart/mixed; deferSpec=20220824, application/json',
      authorization: `Bearer ${token}`,
    },
    body: JSON.stringify({ query }),
  });
  const contentType = response.headers.get('content-type') ?? '';
  const parts: Part[] = [];
  const stream = await meros<Part>(response);
  if (!(Symbol.asyncIterator in stream)) throw new Error(`not a multipart answer: ${contentType}`);
  for await (const part of stream) {
    if (part.json) parts.push(part.body);
  }
  return { contentType, parts };
}
