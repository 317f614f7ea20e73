// Flat config: typescript-eslint's recommended rules plus the house rules that a linter can hold
// (named exports only, type-only imports marked, process.env read only in src/config and the CLI).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import graphqlPlugin from '@graphql-eslint/eslint-plugin';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';

/** A no-restricted-paths zone: `src/<folder>` may import itself and `allowed` (paths under src/), nothing else of ours. */
function layer(folder, allowed, why) {
  return {
    target: `./src/${folder}`,
    from: './src',
    except: [`./${folder}`, ...allowed.map((path) => `./${path}`)],
    message: `DESIGN §4.7: ${why}.`,
  };
}

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'coverage/**',
      'test/__generated__/**',
      'web/dist/**',
      'web/src/__generated__/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Named exports only (DESIGN §4.2).' },
      ],
    },
  },
  {
    // The Relay dashboard (web/, issue 14): the rules above, typescript-eslint's strict set, and
    // React's rules of hooks, so the reference frontend people copy from holds itself to them.
    files: ['web/src/**/*.{ts,tsx}'],
    extends: [...tseslint.configs.strict, reactHooks.configs.flat['recommended-latest']],
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/config/**', 'src/cli/**'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'Only src/config reads process.env (DESIGN §2).' },
      ],
    },
  },
  {
    // DESIGN §4.7, the layering, held by the linter: each zone lists what its folder may import of
    // ours (everything else under src/ is refused). The chain is schema → jobs → loaders → providers,
    // with domain at the bottom; server wires them, cli starts everything.
    files: ['src/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.js', '.json'] })] },
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            layer('domain', [], 'domain is the provider-neutral model: it imports nothing of ours'),
            layer('errors', ['domain', 'config'], 'errors import only domain and config'),
            layer('config', ['domain'], 'config imports only domain'),
            layer('request', ['domain', 'errors'], 'the request scope imports only domain and errors'),
            layer(
              'pagination',
              ['domain', 'errors'],
              'pagination is generic: it imports only domain and errors',
            ),
            layer(
              'cache',
              ['domain', 'errors', 'config', 'request'],
              'the cache of upstream reads imports only domain, errors, config and the request scope',
            ),
            layer(
              'providers',
              ['domain', 'errors', 'config', 'request', 'cache'],
              'providers import only domain, errors, config, the request scope and the cache',
            ),
            layer(
              'loaders',
              ['domain', 'errors', 'providers', 'request', 'pagination'],
              'loaders sit on the providers: never schema, jobs or server',
            ),
            layer(
              'jobs',
              ['domain', 'errors', 'loaders', 'pagination', 'request'],
              'jobs reach the providers through loaders only',
            ),
            layer(
              'schema',
              ['domain', 'errors', 'pagination', 'loaders', 'jobs', 'request'],
              'schema reaches the providers only through loaders, jobs and the context',
            ),
            layer(
              'observability',
              ['domain', 'errors', 'config', 'request', 'providers', 'cache'],
              'observability (logs, metrics) reads requests and upstream calls; it never imports schema or server',
            ),
            layer(
              'auth',
              ['domain', 'errors', 'config'],
              'auth reads its config and answers with an Authentication; it never imports the server',
            ),
            {
              target: './src/server',
              from: ['./src/cli', './src/emulators'],
              message: 'The server never imports the CLI or the emulators (DESIGN §4.7).',
            },
            layer(
              'emulators',
              ['domain'],
              'emulators stand on the docs: they import only emulators/ and domain/',
            ),
            { target: './src', from: './test', message: 'Nothing in src imports test (DESIGN §4.7).' },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    // bin/ and jest.config.js are CommonJS entry points.
    rules: { '@typescript-eslint/no-require-imports': 'off' },
    languageOptions: {
      globals: {
        require: 'readonly',
        module: 'writable',
        process: 'readonly',
        __dirname: 'readonly',
        console: 'readonly',
        URL: 'readonly',
      },
    },
  },
  {
    // The checked-in SDL under The Guild's GraphQL lint (issue 9 §7): the Relay shapes every client
    // relies on, a description on everything a client can see, one naming style. The parser reads the
    // file itself as the schema, so rules that look across types (edges of Node) see all of it.
    files: ['schema.graphql'],
    languageOptions: {
      parser: graphqlPlugin.parser,
      parserOptions: { graphQLConfig: { schema: 'schema.graphql' } },
    },
    plugins: { '@graphql-eslint': graphqlPlugin },
    rules: {
      '@graphql-eslint/relay-connection-types': 'error',
      // Plain lists (`nodes`, `pods`, `nodes(ids:)`) are fine beside connections: only edges are checked.
      '@graphql-eslint/relay-edge-types': [
        'error',
        { shouldImplementNode: true, withEdgeSuffix: true, listTypeCanWrapOnlyEdgeType: false },
      ],
      '@graphql-eslint/relay-page-info': 'error',
      // EMR, SAE and the Gravitino job lists page forward only (their upstreams do), so both
      // directions are not required; either set present must be complete and well typed.
      '@graphql-eslint/relay-arguments': ['error', { includeBoth: false }],
      '@graphql-eslint/require-description': [
        'error',
        {
          types: true,
          rootField: true,
          FieldDefinition: true,
          InputValueDefinition: true,
          EnumValueDefinition: true,
          DirectiveDefinition: true,
        },
      ],
      '@graphql-eslint/naming-convention':
        graphqlPlugin.configs['flat/schema-recommended'].rules['@graphql-eslint/naming-convention'],
    },
  },
);
