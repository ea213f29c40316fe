import type { BoardFilter } from './filters';

interface Props {
  filter: BoardFilter;
  onChange: (filter: BoardFilter) => void;
  viewerId: string | null;
}

export function FilterBar({ filter, onChange, viewerId }: Props) {
  return (
    <form className="filters" onSubmit={(event) => event.preventDefault()}>
      <label>
        State
        <select
          data-testid="filter-state"
          value={filter.state}
          onChange={(event) => onChange({ ...filter, state: event.target.value as BoardFilter['state'] })}
        >
          <option value="all">All</option>
          <option value="open">Open</option>
          <option value="closed">Closed</option>
        </select>
      </label>
      <label>
        Creator
        <input
          data-testid="filter-creator"
          placeholder="user id, e.g. user-001"
          value={filter.createdById}
          onChange={(event) => onChange({ ...filter, createdById: event.target.value })}
        />
      </label>
      {viewerId && (
        <button type="button" data-testid="filter-mine" onClick={() => onChange({ ...filter, createdById: viewerId })}>
          Mine
        </button>
      )}
      <label>
        Order
        <select
          data-testid="order"
          value={filter.order}
          onChange={(event) => onChange({ ...filter, order: event.target.value as BoardFilter['order'] })}
        >
          <option value="newest">Newest first</option>
          <option value="oldest">Oldest first</option>
          <option value="name">By question</option>
        </select>
      </label>
    </form>
  );
}
