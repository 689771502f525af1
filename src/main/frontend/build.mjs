// Bundles the query page and the lineage picture into static assets, so nothing is fetched from a CDN at run
// time. Output goes to the folder given as the first argument (Maven passes target/classes/public), else dist/.
import * as esbuild from 'esbuild';
import { cp, mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const out = path.resolve(here, process.argv[2] ?? 'dist');

await rm(out, { recursive: true, force: true });
await mkdir(path.join(out, 'assets'), { recursive: true });
await esbuild.build({
  entryPoints: {
    query: path.join(here, 'src/query.js'),
    lineage: path.join(here, 'src/lineage.js'),
    'api-docs': path.join(here, 'src/api-docs.js'),
    page: path.join(here, 'src/page.js'),
  },
  bundle: true,
  minify: true,
  sourcemap: false,
  format: 'iife',
  target: ['es2020'],
  outdir: path.join(out, 'assets'),
  loader: { '.woff': 'file', '.woff2': 'file', '.ttf': 'file', '.svg': 'file', '.png': 'file' },
  // YASGUI's bundle refers to Node's process.env in a few guarded places.
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'warning',
});
for (const page of ['index.html', 'lineage.html', 'api-docs.html']) {
  await cp(path.join(here, 'src', page), path.join(out, page));
}
await cp(path.join(here, 'src/site.css'), path.join(out, 'assets/site.css'));
await cp(path.join(here, 'node_modules/swagger-ui-dist/swagger-ui.css'), path.join(out, 'assets/swagger-ui.css'));
console.log(`front-end built into ${out}`);
