import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { dropPollLists, evictPoll } from './cacheUpdates';
import { EditPollForm } from './EditPollForm';
import { DeletePollMutation, PollQuery, UpdatePollMutation } from './operations';
import { OptionTally } from './OptionTally';
import { UserErrors } from './UserErrors';

interface Props {
  id: string;
  viewerId: string | null;
  onDeleted: () => void;
}

/** One poll: its options with counts and latest voters and, for its creator, edit, close and delete. */
export function PollDetail({ id, viewerId, onDeleted }: Props) {
  const { data, error } = useQuery(PollQuery, { variables: { id } });
  // errorPolicy 'all': refusals show below rather than rejecting the click handlers.
  const [updatePoll, updating] = useMutation(UpdatePollMutation, { update: dropPollLists, errorPolicy: 'all' });
  const [deletePoll, deleting] = useMutation(DeletePollMutation, { errorPolicy: 'all' });
  const [editing, setEditing] = useState(false);
  const [refusals, setRefusals] = useState<string[]>([]);
  const poll = data?.poll;
  if (error) return <p className="error">{error.message}</p>;
  if (!poll) return <p>Loading…</p>;
  const mine = viewerId !== null && poll.createdBy?.id === viewerId;

  async function remove() {
    const { data: answer } = await deletePoll({
      variables: { input: { pollId: id } },
      update: (cache, { data }) => {
        const deletedId = data?.deletePoll?.deletedId;
        if (deletedId) evictPoll(cache, deletedId);
      },
    });
    setRefusals(answer?.deletePoll?.userErrors.map((userError) => userError.message) ?? []);
    if (answer?.deletePoll?.deletedId) onDeleted();
  }

  /** Saves a change; true when it was made (no error, no user error). */
  async function update(set: { name?: string; description?: string; isClosed?: boolean }): Promise<boolean> {
    const { data: answer } = await updatePoll({ variables: { input: { pollId: id, set } } });
    setRefusals(answer?.updatePollPartial?.userErrors.map((userError) => userError.message) ?? []);
    return Boolean(answer?.updatePollPartial?.poll);
  }

  return (
    <article className="detail" data-testid="poll-detail" data-poll-id={poll.id}>
      <h2 data-testid="detail-name">{poll.name}</h2>
      <p data-testid="detail-description">{poll.description}</p>
      <p data-testid="detail-state">
        {poll.isClosed ? 'Closed' : 'Open'} · {poll.voteCount} votes · by {poll.createdBy?.name ?? 'unknown'}
      </p>
      <ul className="options">
        {poll.options.map((option) => (
          <OptionTally key={option.id} option={option} />
        ))}
      </ul>
      {mine && !editing && (
        <div className="actions">
          <button data-testid="edit" onClick={() => setEditing(true)}>
            Edit
          </button>
          {!poll.isClosed && (
            <button
              data-testid="close"
              disabled={updating.loading}
              onClick={() => void update({ isClosed: true })}
            >
              Close voting
            </button>
          )}
          <button data-testid="delete" disabled={deleting.loading} onClick={() => void remove()}>
            Delete
          </button>
        </div>
      )}
      {mine && editing && (
        <EditPollForm
          name={poll.name}
          description={poll.description}
          saving={updating.loading}
          onCancel={() => setEditing(false)}
          onSave={async (name, description) => {
            if (await update({ name, description })) setEditing(false);
          }}
        />
      )}
      {(updating.error ?? deleting.error) && <p className="error">{(updating.error ?? deleting.error)?.message}</p>}
      <UserErrors messages={refusals} />
    </article>
  );
}
