import { useState, type FormEvent } from 'react';

interface Props {
  name: string;
  description: string;
  saving: boolean;
  onSave: (name: string, description: string) => Promise<void>;
  onCancel: () => void;
}

export function EditPollForm(props: Props) {
  const [name, setName] = useState(props.name);
  const [description, setDescription] = useState(props.description);

  function submit(event: FormEvent) {
    event.preventDefault();
    void props.onSave(name.trim(), description.trim());
  }

  return (
    <form className="edit" onSubmit={submit} data-testid="edit-form">
      <input data-testid="edit-name" value={name} onChange={(e) => setName(e.target.value)} />
      <textarea data-testid="edit-description" value={description} onChange={(e) => setDescription(e.target.value)} />
      <button type="submit" data-testid="edit-save" disabled={props.saving || !name.trim()}>
        Save
      </button>
      <button type="button" onClick={props.onCancel}>
        Cancel
      </button>
    </form>
  );
}
