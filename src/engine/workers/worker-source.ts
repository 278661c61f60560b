import { readFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Plugin } from 'esbuild';

/** The worker as the TypeScript loader runs it: the fallback when it cannot be bundled. */
const LOADER_ENTRY = new URL('../../../bin/shard-worker.js', import.meta.url);
const ENTRY = new URL('./shard-worker.ts', import.meta.url);

/**
 * Our sources name their own files through `import.meta.url` (the catalog, the rules, the grammar):
 * in one bundle each keeps its own address. Packages stay outside, imported from where they are
 * installed, so they find their own files too.
 */
const keepAddresses: Plugin = {
  name: 'keep-addresses',
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, async (args) => ({
      contents: (await readFile(args.path, 'utf8')).replaceAll(
        'import.meta.url',
        JSON.stringify(pathToFileURL(args.path).href),
      ),
      loader: 'ts',
    }));
    // Nothing here imports a package for its side effects: a package none of whose exports the
    // worker uses (msw, and graphql behind it, come in through the emulators' index files) is not loaded.
    build.onResolve({ filter: /^[^./]/ }, (args) => ({
      path: args.path.startsWith('node:') ? args.path : import.meta.resolve(args.path),
      external: true,
      sideEffects: false,
    }));
  },
};

let source: Promise<URL> | undefined;

/**
 * The script a shard's worker thread runs: the worker's code bundled in memory into one module, once
 * per process, and handed over as a `data:` URL. A worker that loads it runs a small scenario in
 * about 0.27 s; one that compiles each TypeScript file through the loader takes about 1.3 s.
 * Without esbuild the worker goes through the loader.
 */
export function workerSource(): Promise<URL> {
  source ??= bundle().catch(() => LOADER_ENTRY);
  return source;
}

async function bundle(): Promise<URL> {
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: [fileURLToPath(ENTRY)],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    write: false,
    logLevel: 'silent',
    plugins: [keepAddresses],
  });
  const code = result.outputFiles[0]?.text;
  if (code === undefined) throw new Error('esbuild gave no output');
  return new URL(`data:text/javascript,${encodeURIComponent(code)}`);
}
