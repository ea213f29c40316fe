import { Kind, visit, type DocumentNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { PollResponseData } from '../rest/wire/polls.js';
import type { GraphQLContext } from './context.js';

/**
 * The latest votes Stream embeds in every poll it answers with: most of a poll's size (11 KB of a
 * demo poll's 18 KB), and read only by these fields of the graph. Keep the list beside them: a
 * field that reads `latest_votes_by_option` or `latest_answers` must be named here.
 */
export const LATEST_VOTES_FIELDS = ['latestVotesByOption', 'latestAnswers', 'latestVotes'] as const;
const latestVotesFields = new Set<string>(LATEST_VOTES_FIELDS);

/**
 * Whether an operation's document can read the polls' latest votes: whether any field of it, in
 * any fragment, under any alias or directive, has one of LATEST_VOTES_FIELDS's names. Looked at by
 * name alone, whatever type the field is on, so that a doubt keeps the votes.
 */
export function readsLatestVotes(document: DocumentNode): boolean {
  let reads = false;
  visit(document, {
    [Kind.FIELD](field) {
      if (latestVotesFields.has(field.name.value)) {
        reads = true;
        return false;
      }
      return undefined;
    },
  });
  return reads;
}

/** Documents are parsed once and cached by yoga, so each is looked at once. */
const latestVotesRead = new WeakMap<DocumentNode, boolean>();

function documentReadsLatestVotes(document: DocumentNode): boolean {
  let reads = latestVotesRead.get(document);
  if (reads === undefined) {
    reads = readsLatestVotes(document);
    latestVotesRead.set(document, reads);
  }
  return reads;
}

function dropLatestVotes(poll: PollResponseData | undefined): void {
  if (!poll) return;
  poll.latest_votes_by_option = {};
  poll.latest_answers = [];
}

/**
 * Drops, from a read's answer, the parts the request's document cannot read: the polls' latest
 * votes (getPoll, queryPolls), when no field of it asks for them. It runs on the parsed answer
 * (ClientHooks.onAnswer), so what it drops is not decoded either. A request holds its answers until
 * it completes: under load (bench S3, 25 polls a request) the votes it never reads were promoted to
 * the old generation with everything else, and the gateway's peak memory followed
 * (docs/PERFORMANCE.md). Only reads are trimmed: what a write answers is also published to
 * subscribers (src/live/publishingClient.ts), untouched.
 */
export function dropUnreadParts(operation: string, answer: object): void {
  if (operation === 'queryPolls')
    for (const poll of (answer as { polls?: PollResponseData[] }).polls ?? []) dropLatestVotes(poll);
  else if (operation === 'getPoll') dropLatestVotes((answer as { poll?: PollResponseData }).poll);
}

/** Tells each request's upstream calls whether its document reads the polls' latest votes. */
export function useUnreadAnswerParts(): Plugin<GraphQLContext> {
  const decide = ({ args }: { args: { document: DocumentNode; contextValue: GraphQLContext } }) => {
    const { upstream } = args.contextValue;
    if (upstream) upstream.dropsUnreadParts = !documentReadsLatestVotes(args.document);
  };
  return { onExecute: decide, onSubscribe: decide };
}
