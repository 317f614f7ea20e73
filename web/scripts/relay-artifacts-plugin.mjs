// What babel-plugin-relay does, for esbuild: each graphql`...` literal becomes an import of the
// artifact relay-compiler wrote for it. The compiler has already validated every literal against
// the schema, so naming the artifact after the literal's first definition is all that is left.
import { readFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';

const TAGGED = /\bgraphql`([^`]*)`/g;
const DEFINITION = /\b(?:query|fragment|mutation|subscription)\s+([A-Za-z_][A-Za-z0-9_]*)/;

/**
 * Rewrites graphql`...` in `source` to `__relay_<Name>` bound by an import of
 * `<artifactDirectory>/<Name>.graphql`; throws when a literal names no definition.
 */
export function replaceGraphqlTags(source, file, artifactDirectory) {
  const imports = new Map();
  const code = source.replace(TAGGED, (_, text) => {
    const name = DEFINITION.exec(text)?.[1];
    if (!name) throw new Error(`${file}: a graphql literal without a named definition`);
    const artifact = relative(dirname(file), join(artifactDirectory, `${name}.graphql`));
    imports.set(name, artifact.startsWith('.') ? artifact : `./${artifact}`);
    return `__relay_${name}`;
  });
  if (imports.size === 0) return source;
  const lines = [...imports].map(([name, path]) => `import __relay_${name} from ${JSON.stringify(path)};`);
  return `${lines.join('\n')}\n${code}`;
}

/** The esbuild plugin: applies replaceGraphqlTags to the app's own .ts/.tsx files. */
export function relayArtifactsPlugin({ sourceDirectory, artifactDirectory }) {
  return {
    name: 'relay-artifacts',
    setup(build) {
      build.onLoad({ filter: /\.tsx?$/ }, async (args) => {
        if (!args.path.startsWith(sourceDirectory) || args.path.startsWith(artifactDirectory))
          return undefined;
        const source = await readFile(args.path, 'utf8');
        return {
          contents: replaceGraphqlTags(source, args.path, artifactDirectory),
          loader: args.path.endsWith('x') ? 'tsx' : 'ts',
        };
      });
    },
  };
}
