// Writes what codegen.yml describes (the typed documents of the integration tests) through
// @graphql-codegen/core. The codegen CLI did the same but brought URL, GitHub and Apollo loaders whose
// dependencies refuse Node 20; the schema and the documents here are local files, read as such.
//   node test/codegen/run-codegen.mjs                   writes every output codegen.yml lists
//   node test/codegen/run-codegen.mjs --print <output>  prints that output instead (test/codegen.test.ts)
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { codegen } from '@graphql-codegen/core';
import { buildSchema, lexicographicSortSchema, parse, Source } from 'graphql';
import { parse as parseYaml } from 'yaml';

// Paths in codegen.yml are relative to the folder that holds it, the project root.
const root = fileURLToPath(new URL('../..', import.meta.url));

/** `*`, `**` and `?` as the CLI's globber reads them; anything richer is refused rather than misread. */
function globToRegExp(glob) {
  if (/[[\]{}!]/.test(glob)) throw new Error(`codegen.yml: unsupported glob syntax in ${glob}`);
  let source = '';
  for (let i = 0; i < glob.length; i++) {
    if (glob.startsWith('**/', i)) {
      source += '(?:[^/]*/)*';
      i += 2;
    } else if (glob[i] === '*') source += '[^/]*';
    else if (glob[i] === '?') source += '[^/]';
    else source += glob[i].replace(/[.+^$()|\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}

/** The absolute paths of the files a glob matches, sorted as the CLI sorts document locations. */
function globFiles(pattern) {
  const absolute = resolve(root, pattern).split(sep).join('/');
  const segments = absolute.split('/');
  const firstWild = segments.findIndex((segment) => /[*?]/.test(segment));
  if (firstWild === -1) return [absolute];
  const base = segments.slice(0, firstWild).join('/');
  const matcher = globToRegExp(absolute);
  return readdirSync(base, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => `${entry.parentPath}/${entry.name}`.split(sep).join('/'))
    .filter((path) => matcher.test(path))
    .sort();
}

const asList = (value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

/** `- add: {content}` and `- typescript-operations` alike become `{name: config}`, as the CLI has them. */
function normalizePlugins(plugins) {
  return asList(plugins).map((plugin) => (typeof plugin === 'string' ? { [plugin]: {} } : plugin));
}

async function loadPlugin(name) {
  return import(name.startsWith('@') || name.startsWith('.') ? name : `@graphql-codegen/${name}`);
}

/** Every output of codegen.yml, by its key there, with its content. */
async function generateAll() {
  const config = parseYaml(readFileSync(resolve(root, 'codegen.yml'), 'utf8'));
  const outputs = new Map();
  for (const [filename, output] of Object.entries(config.generates)) {
    const plugins = normalizePlugins(output.plugins);
    const sdl = [...asList(config.schema), ...asList(output.schema)]
      .map((path) => readFileSync(resolve(root, path), 'utf8'))
      .join('\n');
    const documents = [...asList(config.documents), ...asList(output.documents)]
      .flatMap(globFiles)
      .map((location) => ({
        location,
        document: parse(new Source(readFileSync(location, 'utf8'), location)),
      }));
    const pluginMap = Object.fromEntries(
      await Promise.all(
        plugins.map(async (plugin) => [Object.keys(plugin)[0], await loadPlugin(Object.keys(plugin)[0])]),
      ),
    );
    const merged = { ...config.config, ...output.config };
    // The CLI's defaults: CommonJS-style imports, without an extension unless told otherwise.
    const emitLegacyCommonJSImports = merged.emitLegacyCommonJSImports ?? true;
    const importExtension = merged.importExtension ?? (emitLegacyCommonJSImports ? '' : '.js');
    outputs.set(
      filename,
      await codegen({
        filename,
        // The CLI loads schemas sorted; the output's type and enum value order follows from that.
        schemaAst: lexicographicSortSchema(buildSchema(sdl)),
        documents,
        plugins,
        pluginMap,
        pluginContext: {},
        config: { ...merged, importExtension, emitLegacyCommonJSImports },
        importExtension,
        emitLegacyCommonJSImports,
      }),
    );
  }
  return outputs;
}

async function main(args) {
  const outputs = await generateAll();
  if (args[0] === '--print') {
    const wanted = [...outputs.keys()].find(
      (filename) => resolve(root, filename) === resolve(root, args[1] ?? ''),
    );
    if (wanted === undefined) throw new Error(`codegen.yml has no output ${args[1]}`);
    process.stdout.write(outputs.get(wanted));
    return;
  }
  for (const [filename, content] of outputs) {
    const path = resolve(root, filename);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
    console.log(`wrote ${filename}`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
