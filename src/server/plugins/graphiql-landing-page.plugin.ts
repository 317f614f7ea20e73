import type { ApolloServerPlugin } from '@apollo/server';
import { GRAPHIQL_ASSET_PREFIX } from '../graphiql-assets';

const DEFAULT_QUERY = `# jobgraph: every job on EMR Serverless Spark, PAI-DLC, SAE and Gravitino.
# Press the run button (or Ctrl+Enter). The docs explorer lists every type and field.
{
  workspaces(first: 5) {
    totalCount
    nodes {
      id
      workspaceName
      region
      jobRuns(first: 3) {
        nodes { name status providerStatus createdAt }
      }
    }
  }
}
`;

const AUTH_NOTE = `# This gateway needs credentials: put your API key or token in the Headers tab below.
# Docs and autocompletion need introspection, which is off unless auth.introspection is set.
`;

/** A placeholder the user replaces with their key or token; never a real credential. */
const HEADERS_HINT = `{
  "Authorization": "Bearer <your API key or token>"
}
`;

/** Options of the landing page. */
export interface GraphiqlLandingPageOptions {
  /** Requests need credentials: open GraphiQL's headers editor with an Authorization template. */
  readonly authRequired?: boolean;
}

/**
 * What a browser sees at /graphql: GraphiQL, loaded from this server's own copies of React and
 * GraphiQL (no CDN), replacing Apollo's default landing page, which needs the internet. The page
 * itself needs no credentials; GraphiQL sends the ones typed into its headers editor with every
 * request it makes.
 */
export function graphiqlLandingPage(options: GraphiqlLandingPageOptions = {}): ApolloServerPlugin {
  const html = landingHtml(options.authRequired ?? false);
  return {
    async serverWillStart() {
      return {
        async renderLandingPage() {
          return { html };
        },
      };
    },
  };
}

/** JSON for an inline script: `<` escaped so no value can close the script element. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

function landingHtml(authRequired: boolean): string {
  const asset = (name: string) => `${GRAPHIQL_ASSET_PREFIX}${name}`;
  const props = {
    defaultQuery: authRequired ? `${AUTH_NOTE}${DEFAULT_QUERY}` : DEFAULT_QUERY,
    isHeadersEditorEnabled: true,
    // Not persisted: a key kept in localStorage would outlive the tab and be readable by any script on the origin.
    shouldPersistHeaders: false,
    ...(authRequired ? { defaultHeaders: HEADERS_HINT, defaultEditorToolsVisibility: 'headers' } : {}),
  };
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>jobgraph · GraphiQL</title>
<link rel="stylesheet" href="${asset('graphiql.min.css')}">
<style>html,body,#graphiql{height:100%;margin:0}</style>
</head>
<body>
<div id="graphiql">Loading GraphiQL…</div>
<script src="${asset('react.production.min.js')}"></script>
<script src="${asset('react-dom.production.min.js')}"></script>
<script src="${asset('graphiql.min.js')}"></script>
<script>
  const fetcher = GraphiQL.createFetcher({ url: window.location.pathname });
  ReactDOM.createRoot(document.getElementById('graphiql')).render(
    React.createElement(GraphiQL, Object.assign({ fetcher }, ${scriptJson(props)})),
  );
</script>
</body>
</html>`;
}
