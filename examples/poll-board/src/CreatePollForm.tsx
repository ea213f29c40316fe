import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { dropPollLists } from './cacheUpdates';
import { CreatePollMutation } from './operations';

interface Props {
  onCreated: (id: string) => void;
}

export function CreatePollForm({ onCreated }: Props) {
  const [name, setName] = useState('');
  const [options, setOptions] = useState('');
  const [createPoll, { loading, error }] = useMutation(CreatePollMutation, { update: dropPollLists });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const texts = options
      .split('\n')
      .map((text) => text.trim())
      .filter(Boolean);
    const { data } = await createPoll({
      variables: { input: { name: name.trim(), options: texts.map((text) => ({ text })) } },
    });
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
    </form>
  );
}
