import { useState } from 'preact/hooks';
import { client, forgetKey, storeKey, unwrap } from '../session.js';
import { ErrorBox } from '../ui.js';

/** The key is checked against GET /v1/me before it is kept (in this tab's sessionStorage only). */
export function SignIn(props: { notice: string | null; onSignedIn: () => void }) {
  const [key, setKey] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await unwrap(client(key.trim()).GET('/v1/me'), { signOutOn401: false });
      storeKey(key.trim());
      props.onSignedIn();
    } catch (err) {
      forgetKey();
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <main id="main" class="sign-in">
      <h1>claimtrail console</h1>
      <p>Claims, retractions, denials and attributions as recorded over time.</p>
      {props.notice ? (
        <p class="notice" role="status">
          {props.notice}
        </p>
      ) : null}
      <form onSubmit={submit}>
        <label for="api-key">API key</label>
        <input
          id="api-key"
          name="api-key"
          type="password"
          autoComplete="off"
          required
          value={key}
          onInput={(e) => setKey((e.target as HTMLInputElement).value)}
        />
        <button type="submit" disabled={busy}>
          Sign in
        </button>
      </form>
      {error ? <ErrorBox error={error} /> : null}
      <p class="hint">The key stays in this browser tab only and is forgotten when the tab closes.</p>
    </main>
  );
}
