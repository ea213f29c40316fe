import type { PollDetailsFragment } from './gql/graphql';

interface Props {
  poll: PollDetailsFragment;
  optionId: string;
  text: string;
}

/** An option with its vote count and the latest voters. */
export function OptionTally({ poll, optionId, text }: Props) {
  const count = poll.voteCountsByOption[optionId];
  const voters = poll.latestVotesByOption.filter((vote) => vote.optionId === optionId);
  return (
    <li data-testid="option" data-option-id={optionId}>
      <span data-testid="option-text">{text}</span>
      <span data-testid="option-count">{typeof count === 'number' ? count : 0}</span>
      <span data-testid="option-voters">{voters.map((vote) => vote.user?.name ?? 'someone').join(', ')}</span>
    </li>
  );
}
