import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { dropPollLists } from './cacheUpdates';
import { CreatePollMutation } from './operations';
import { UserErrors } from './UserErrors';

interface Props {
  onCreated: (id: string) => void;
}

export function CreatePollForm({ onCreated }: Props) {
  const [name, setName] = useState('');
  const [options, setOptions] = useState('');
  // errorPolicy 'all': a refusal shows in `error` rather than rejecting the submit handler.
  const [createPoll, { loading, error }] = useMutation(CreatePollMutation, { update: dropPollLists, errorPolicy: 'all' });
  const [refusals, setRefusals] = useState<string[]>([]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const texts = options
      .split('\n')
      .map((text) => text.trim())
      .filter(Boolean);
    const { data } = await createPoll({
      variables: { input: { name: name.trim(), options: texts.map((text) => ({ text })) } },
    });
    setRefusals(data?.createPoll?.userErrors.map((userError) => userError.message) ?? []);
    const poll = data?.createPoll?.poll;
    if (!poll) return;
    setName('');
    setOptions('');
    onCreated(poll.id);
  }

  return (
    <form className="create" onSubmit={submit} data-testid="create-form">
      <h2>New poll</h2>
      <input data-testid="create-name" placeholder="Question" value={name} onChange={(e) => setName(e.target.value)} />
      <textarea
        data-testid="create-options"
        placeholder="One option per line"
        value={options}
        onChange={(e) => setOptions(e.target.value)}
      />
      <button type="submit" data-testid="create-submit" disabled={loading || !name.trim()}>
        Create
      </button>
      {error && <p className="error">{error.message}</p>}
      <UserErrors messages={refusals} />
    </form>
  );
}
