import { Suspense } from 'react';
import { CredentialPrompt } from './auth/credential-prompt';
import { ErrorBoundary } from './common/error-boundary';
import { JobsPage } from './jobs/jobs-page';
import { NodePage } from './node/node-page';
import { GraphQLHttpError } from './relay/graphql-http-error';
import { Link } from './routing/link';
import { routeOf } from './routing/route';
import { useLocation } from './routing/use-location';

/** What a page shows instead of itself when its query fails. */
function PageError({ error }: { error: Error }) {
  if (error instanceof GraphQLHttpError && error.needsCredential) return <CredentialPrompt />;
  const code = error instanceof GraphQLHttpError ? error.code : undefined;
  return (
    <section className="error" role="alert">
      <h1>This page could not be loaded</h1>
      <p>
        {code && <code>{code}</code>} {error.message}
      </p>
    </section>
  );
}

/** The shell: a header, and the page the URL names (routing/route.ts). */
export function App() {
  const location = useLocation();
  const route = routeOf(location.pathname);
  return (
    <>
      <header className="top">
        <Link to="/" className="brand">
          jobgraph
        </Link>
        <nav>
          <Link to="/jobs">Jobs</Link>
          <a href="/graphql">GraphiQL</a>
        </nav>
      </header>
      <main>
        <ErrorBoundary resetKey={location.href} fallback={(error) => <PageError error={error} />}>
          <Suspense fallback={<p className="loading">Loading…</p>}>
            {route.page === 'jobs' && <JobsPage search={location.searchParams} />}
            {route.page === 'node' && <NodePage key={route.id} id={route.id} />}
            {route.page === 'not-found' && <p className="error">No page here. The jobs are at /jobs.</p>}
          </Suspense>
        </ErrorBoundary>
      </main>
    </>
  );
}
