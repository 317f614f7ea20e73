import { useState, type FormEvent } from 'react';
import { storeCredential, storedCredential } from './stored-credential';

/**
 * Asked for when the gateway answers 401 (auth is configured): an API key or a token, kept for this
 * tab only. The page reloads with it, so every query is sent again with the credential.
 */
export function CredentialPrompt() {
  const [value, setValue] = useState('');
  const refused = storedCredential() !== undefined;
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    storeCredential(value);
    window.location.reload();
  };
  return (
    <form className="credential" onSubmit={onSubmit}>
      <h1>This gateway needs a key</h1>
      <p>
        {refused
          ? 'The key or token given in this tab was refused. Enter another one.'
          : 'Enter an API key or a token (sent as Authorization: Bearer, kept in this tab only).'}
      </p>
      <input
        type="password"
        name="credential"
        autoComplete="off"
        aria-label="API key or token"
        value={value}
        onChange={(event) => setValue(event.target.value)}
      />
      <button type="submit" disabled={!value.trim()}>
        Use it
      </button>
    </form>
  );
}
