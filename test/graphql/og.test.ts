import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../support/gateway.js';
import { selectAll } from '../support/selectAll.js';

let gateway: TestGateway;
beforeAll(async () => {
  gateway = await startTestGateway();
});
afterAll(() => gateway.close());

const OPEN_GRAPH = `query OG($url: String!) { openGraph(url: $url) { ${selectAll('OpenGraph')} } }`;

it('openGraph answers the scraped preview, for user callers too', async () => {
  const token = await gateway.userToken('reader');
  const result: any = await gateway.query(OPEN_GRAPH, { url: 'https://www.example.com/blog/hello-world' }, token);
  expect(result.errors).toBeUndefined();
  expect(result.data.openGraph).toMatchObject({
    type: 'article',
    title: 'Hello world',
    titleLink: 'https://www.example.com/blog/hello-world',
    authorName: 'example.com',
    imageUrl: 'https://www.example.com/og-image.png',
    originalWidth: 1200,
    custom: {},
    actions: null,
    giphy: null,
  });
  const entry = gateway.emulator.log.filter((e) => e.operation === 'getOG').at(-1)!;
  expect(entry.query.url).toBe('https://www.example.com/blog/hello-world');
});

it.each(['not a url', 'ftp://files.example.com/a.txt', '/relative/path'])(
  '%s is BAD_USER_INPUT naming url, before any upstream call',
  async (url) => {
    const before = gateway.emulator.log.length;
    const result = await gateway.query(OPEN_GRAPH, { url });
    expect(result.data).toEqual({ openGraph: null });
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { url: expect.any(String) },
    });
    expect(gateway.emulator.log.length).toBe(before);
  },
);
