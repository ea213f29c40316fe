import { builder } from '../../graphql/builder.js';
import { badUserInput } from '../../graphql/errors.js';
import { OpenGraphRef } from '../../schema/og/types.js';

/** Only web pages have a preview; anything else is refused here rather than sent to Stream. */
function webAddress(url: string): string {
  const parsed = URL.canParse(url) ? new URL(url) : undefined;
  if (parsed?.protocol !== 'http:' && parsed?.protocol !== 'https:') {
    throw badUserInput('url must be an absolute http(s) address', { url: 'not an http(s) URL' });
  }
  return url;
}

builder.queryField('openGraph', (t) =>
  t.field({
    type: OpenGraphRef,
    nullable: true,
    description: 'The Open Graph preview of a web page, as Stream scrapes it (getOG).',
    authScopes: { server: true, user: true },
    args: { url: t.arg.string({ required: true, description: 'An absolute http(s) address.' }) },
    resolve: (_root, { url }, { stream }) => stream.getOG({ url: webAddress(url) }),
  }),
);
