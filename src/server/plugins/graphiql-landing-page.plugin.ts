import type { ApolloServerPlugin } from '@apollo/server';

const SAMPLE_QUERY = `{
  workspaces(first: 5) {
    totalCount
    nodes { id workspaceName regionId jobRuns(first: 3) { nodes { name status submittedAt: createdAt } } }
  }
}`;

/**
 * What a browser sees at /graphql: a small self-contained page (no CDN, no network beyond this
 * server) with a query editor that posts to this endpoint. It replaces Apollo's default landing
 * page, which loads Apollo Sandbox from the internet.
 */
export function graphiqlLandingPage(): ApolloServerPlugin {
  return {
    async serverWillStart() {
      return {
        async renderLandingPage() {
          return { html: LANDING_HTML.replace('__SAMPLE__', SAMPLE_QUERY.replace(/</g, '&lt;')) };
        },
      };
    },
  };
}

const LANDING_HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>jobgraph</title>
<style>
 body{font:14px system-ui,sans-serif;margin:0;display:flex;flex-direction:column;height:100vh}
 header{padding:8px 12px;background:#1f2937;color:#fff} main{flex:1;display:flex;min-height:0}
 textarea,pre{flex:1;margin:0;padding:12px;font:13px ui-monospace,monospace;border:0;overflow:auto}
 textarea{border-right:1px solid #ddd;resize:none} pre{background:#f8fafc}
 button{margin-left:12px;padding:4px 12px}
</style></head>
<body><header><b>jobgraph</b> GraphQL<button id="run" type="button">Run ▶ (Ctrl+Enter)</button></header>
<main><textarea id="query" spellcheck="false" aria-label="query">__SAMPLE__</textarea><pre id="result" aria-label="result"></pre></main>
<script>
 const q = document.getElementById('query'), out = document.getElementById('result');
 async function run() {
   out.textContent = '…';
   const res = await fetch(location.pathname, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: q.value }) });
   out.textContent = JSON.stringify(await res.json(), null, 2);
 }
 document.getElementById('run').onclick = run;
 q.addEventListener('keydown', (e) => { if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) run(); });
</script></body></html>`;
