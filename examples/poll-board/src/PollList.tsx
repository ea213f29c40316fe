import { useQuery } from '@apollo/client/react';
import { useEffect, useRef } from 'react';
import { pollsVariables, type BoardFilter } from './filters';
import { PollsQuery } from './operations';

interface Props {
  filter: BoardFilter;
  selectedId: string | null;
  onSelect: (id: string) => void;
}

/** Polls page by page: the next page loads when the end of the list scrolls into view. */
export function PollList({ filter, selectedId, onSelect }: Props) {
  const { data, error, loading, fetchMore } = useQuery(PollsQuery, {
    variables: pollsVariables(filter),
    notifyOnNetworkStatusChange: true,
  });
  const scroller = useRef<HTMLDivElement>(null);
  const sentinel = useRef<HTMLDivElement>(null);
  const pageInfo = data?.polls?.pageInfo;
  const fetching = useRef(false);

  useEffect(() => {
    const end = sentinel.current;
    if (!end || !pageInfo?.hasNextPage || !pageInfo.endCursor) return;
    const after = pageInfo.endCursor;
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting) || fetching.current) return;
        fetching.current = true;
        void fetchMore({ variables: { after } }).finally(() => (fetching.current = false));
      },
      { root: scroller.current },
    );
    observer.observe(end);
    return () => observer.disconnect();
  }, [pageInfo?.hasNextPage, pageInfo?.endCursor, fetchMore]);

  const edges = data?.polls?.edges ?? [];
  return (
    <section className="list" ref={scroller} data-testid="poll-list">
      {error && <p className="error">{error.message}</p>}
      <ul>
        {edges.map(({ node: poll }) => (
          <li
            key={poll.id}
            data-testid="poll-item"
            data-poll-id={poll.id}
            className={poll.id === selectedId ? 'selected' : undefined}
            onClick={() => onSelect(poll.id)}
          >
            <strong data-testid="poll-name">{poll.name}</strong>
            <span className={poll.isClosed ? 'badge closed' : 'badge open'} data-testid="poll-state">
              {poll.isClosed ? 'Closed' : 'Open'}
            </span>
            <small>
              {poll.voteCount} votes · by <span data-testid="poll-creator">{poll.createdBy?.name ?? 'unknown'}</span>
            </small>
          </li>
        ))}
      </ul>
      {!loading && edges.length === 0 && <p data-testid="empty">No polls match.</p>}
      <div ref={sentinel} data-testid="list-end">
        {loading ? 'Loading…' : pageInfo?.hasNextPage ? 'More below' : 'That is all'}
      </div>
    </section>
  );
}
