import { useDeferStream } from '@graphql-yoga/plugin-defer-stream';
import { GraphQLError, visit, type DocumentNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/** Media ranges under which yoga can send an answer in parts (multipart/mixed or server-sent events). */
const STREAMING_RANGES = new Set(['multipart/mixed', 'multipart/*', 'text/event-stream', 'text/*', '*/*']);

const incremental = new WeakMap<DocumentNode, boolean>();

function usesIncrementalDelivery(document: DocumentNode): boolean {
  let found = incremental.get(document);
  if (found === undefined) {
    found = false;
    visit(document, {
      Directive(node) {
        if (node.name.value === 'defer' || node.name.value === 'stream') found = true;
      },
    });
    incremental.set(document, found);
  }
  return found;
}

function acceptsParts(accept: string | null): boolean {
  if (!accept) return true;
  return accept.split(',').some((range) => STREAMING_RANGES.has(range.split(';')[0]!.trim().toLowerCase()));
}

/**
 * @defer and @stream (yoga's plugin), refused before execution when the caller cannot take an
 * answer in parts. Yoga itself would run the operation first and then answer 406 with no body,
 * which would hide the outcome of a mutation that had already been made.
 */
export function useIncrementalDelivery(): Plugin<{ request?: Request }>[] {
  return [
    useDeferStream(),
    {
      onExecute({ args, setResultAndStopExecution }) {
        if (!usesIncrementalDelivery(args.document)) return;
        if (acceptsParts(args.contextValue.request?.headers.get('accept') ?? null)) return;
        setResultAndStopExecution({
          errors: [
            new GraphQLError(
              '@defer and @stream answer in parts: send an Accept header that allows multipart/mixed or text/event-stream',
              { extensions: { code: 'NOT_ACCEPTABLE', http: { status: 406 } } },
            ),
          ],
        });
      },
    },
  ];
}
