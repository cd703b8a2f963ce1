import type { ComponentChildren } from 'preact';
import type { UseQueryResult } from '@tanstack/preact-query';
import { ApiError } from './session.js';
import { BASE, onLinkClick } from './router.js';

/** An in-app link (a real href under /console/). */
export function Link(props: { to: string; children: ComponentChildren; class?: string }) {
  return (
    <a href={`${BASE}${props.to}`} onClick={onLinkClick} class={props.class}>
      {props.children}
    </a>
  );
}

/** A problem+json answer in words: its title, its detail, and each field it names. */
export function ErrorBox({ error }: { error: unknown }) {
  const e = error instanceof ApiError ? error : null;
  return (
    <div class="error" role="alert">
      <strong>{e ? e.title : 'Something went wrong'}</strong>
      {e?.status ? ` (HTTP ${e.status})` : ''}
      <div>{e ? e.detail : error instanceof Error ? error.message : String(error)}</div>
      {e?.fields.length ? (
        <ul>
          {e.fields.map((f) => (
            <li key={f.path}>
              <code>{f.path}</code>: {f.message}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

export function Loading({ what }: { what: string }) {
  return (
    <p class="loading" role="status" aria-live="polite">
      Loading {what}…
    </p>
  );
}

export function Empty({ children }: { children: ComponentChildren }) {
  return <p class="empty">{children}</p>;
}

/** Loading, error or the content of one query. */
export function Async<T>(props: { q: UseQueryResult<T>; what: string; children: (data: T) => ComponentChildren }) {
  if (props.q.isPending) return <Loading what={props.what} />;
  if (props.q.isError) return <ErrorBox error={props.q.error} />;
  return <>{props.children(props.q.data as T)}</>;
}

export function Section(props: { title: string; children: ComponentChildren; id?: string }) {
  const id = props.id ?? props.title.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{props.title}</h2>
      {props.children}
    </section>
  );
}

export const shortId = (id: string) => id.slice(0, 8);
export const humanize = (s: string | null | undefined) => (s ? s.replace(/_/g, ' ') : '—');
