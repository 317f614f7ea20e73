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

/**
 * What a browser sees at /graphql: GraphiQL, loaded from this server's own copies of React and
 * GraphiQL (no CDN), replacing Apollo's default landing page, which needs the internet.
 */
export function graphiqlLandingPage(): ApolloServerPlugin {
  return {
    async serverWillStart() {
      return {
        async renderLandingPage() {
          return { html: landingHtml() };
        },
      };
    },
  };
}

function landingHtml(): string {
  const asset = (name: string) => `${GRAPHIQL_ASSET_PREFIX}${name}`;
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
    React.createElement(GraphiQL, { fetcher, defaultQuery: ${JSON.stringify(DEFAULT_QUERY).replace(/</g, '\\u003c')} }),
  );
</script>
</body>
</html>`;
}
