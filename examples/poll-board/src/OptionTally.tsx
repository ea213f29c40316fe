import type { PollDetailsFragment } from './gql/graphql';

interface Props {
  option: PollDetailsFragment['options'][number];
}

/** An option with its vote count and the latest voters. */
export function OptionTally({ option }: Props) {
  return (
    <li data-testid="option" data-option-id={option.optionId}>
      <span data-testid="option-text">{option.text}</span>
      <span data-testid="option-count">{option.voteCount}</span>
      <span data-testid="option-voters">
        {option.latestVotes.map((vote) => vote.user?.name ?? 'someone').join(', ')}
      </span>
    </li>
  );
}
