import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { CreatePollForm } from './CreatePollForm';
import { DEFAULT_FILTER, type BoardFilter } from './filters';
import { FilterBar } from './FilterBar';
import { ViewerQuery } from './operations';
import { PollDetail } from './PollDetail';
import { PollList } from './PollList';

export function App() {
  const viewer = useQuery(ViewerQuery);
  const [filter, setFilter] = useState<BoardFilter>(DEFAULT_FILTER);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const me = viewer.data?.viewer ?? null;

  return (
    <main>
      <header>
        <h1>Poll board</h1>
        <span data-testid="viewer">{me ? `Signed in as ${me.name ?? me.id}` : 'Not signed in'}</span>
      </header>
      <FilterBar filter={filter} onChange={setFilter} viewerId={me?.id ?? null} />
      <div className="columns">
        <PollList filter={filter} selectedId={selectedId} onSelect={setSelectedId} />
        <aside>
          {selectedId ? (
            <PollDetail id={selectedId} viewerId={me?.id ?? null} onDeleted={() => setSelectedId(null)} />
          ) : (
            <p className="hint">Pick a poll to see its options.</p>
          )}
          {me && <CreatePollForm onCreated={setSelectedId} />}
        </aside>
      </div>
    </main>
  );
}
