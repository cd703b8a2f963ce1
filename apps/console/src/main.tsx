import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { QueryClient, QueryClientProvider, useQuery, useQueryClient } from '@tanstack/preact-query';
import './styles.css';
import { HomePage } from './pages/home.js';
import { IncidentPage } from './pages/incident.js';
import { GroupPage } from './pages/group.js';
import { PersonPage } from './pages/person.js';
import { ReviewsPage } from './pages/reviews.js';
import { RetractionsPage } from './pages/retractions.js';
import { SignIn } from './pages/sign-in.js';
import { useLocation } from './router.js';
import { ApiError, client, forgetKey, setUnauthorizedHandler, storedKey, unwrap } from './session.js';
import { ErrorBox, Link, Loading } from './ui.js';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // A 4xx will not get better by asking again; a network hiccup or a 503 may.
      retry: (n, err) => n < 2 && !(err instanceof ApiError && err.status >= 400 && err.status < 500),
      staleTime: 30_000,
      refetchOnWindowFocus: false,
    },
  },
});

export function useMe() {
  return useQuery({ queryKey: ['me'], queryFn: () => unwrap(client().GET('/v1/me')) });
}

function Shell({ onSignOut }: { onSignOut: () => void }) {
  const me = useMe();
  const loc = useLocation();
  const parts = loc.path.split('/').filter(Boolean);
  let page;
  if (parts.length === 0) page = <HomePage />;
  else if (parts[0] === 'incidents' && parts[1]) page = <IncidentPage id={parts[1]} />;
  else if (parts[0] === 'groups' && parts[1]) page = <GroupPage id={parts[1]} />;
  else if (parts[0] === 'persons' && parts[1]) page = <PersonPage id={parts[1]} />;
  else if (parts[0] === 'reviews') page = <ReviewsPage role={me.data?.role ?? 'reporter'} />;
  else if (parts[0] === 'retractions') page = <RetractionsPage />;
  else page = <ErrorBox error={new ApiError(404, 'No such page', `${loc.path} is not a page of the console`)} />;
  return (
    <>
      <a class="skip" href="#main">
        Skip to content
      </a>
      <header class="top">
        <Link to="/" class="brand">
          claimtrail
        </Link>
        <nav aria-label="Main">
          <Link to="/">Search</Link>
          <Link to="/reviews">Reviews</Link>
          <Link to="/retractions">Retractions</Link>
        </nav>
        <div class="who">
          {me.isPending ? (
            <Loading what="your key" />
          ) : me.data ? (
            <span data-testid="who">
              Signed in as <strong>{me.data.name ?? me.data.keyId}</strong> ({me.data.role})
            </span>
          ) : null}
          <button type="button" onClick={onSignOut}>
            Sign out
          </button>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {page}
      </main>
    </>
  );
}

function App() {
  const [signedIn, setSignedIn] = useState(() => storedKey() !== null);
  const [notice, setNotice] = useState<string | null>(null);
  const qc = useQueryClient();
  useEffect(
    () =>
      setUnauthorizedHandler((err) => {
        forgetKey();
        qc.clear();
        setNotice(`Signed out: ${err.detail ?? err.title}. Sign in again.`);
        setSignedIn(false);
      }),
    [qc],
  );
  const signOut = () => {
    forgetKey();
    qc.clear();
    setNotice('Signed out.');
    setSignedIn(false);
  };
  if (!signedIn)
    return (
      <SignIn
        notice={notice}
        onSignedIn={() => {
          setNotice(null);
          setSignedIn(true);
        }}
      />
    );
  return <Shell onSignOut={signOut} />;
}

render(
  <QueryClientProvider client={queryClient}>
    <App />
  </QueryClientProvider>,
  document.getElementById('app')!,
);
