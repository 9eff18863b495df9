// Size of the extension bundle: dist/extension.js as `node esbuild.js` left it
// (not minified, what `npm run bench` builds), and the same entry built
// minified like `node esbuild.js --production` would, into a temp folder so
// dist/ is left alone.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { build } from 'esbuild';

export interface BundleSize {
  /** dist/extension.js, undefined when it is not built. */
  readonly distKB?: number;
  readonly minifiedKB: number;
  /** data/*.json shipped beside it (loaded at activation, not bundled). */
  readonly dataKB: number;
}

export async function bundleSize(repo: string): Promise<BundleSize> {
  const dist = path.join(repo, 'dist', 'extension.js');
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-lens-bundle-'));
  try {
    const outfile = path.join(tmp, 'extension.js');
    await build({
      entryPoints: [path.join(repo, 'src', 'extension', 'main.ts')],
      outfile, bundle: true, platform: 'node', target: 'node20', format: 'cjs', minify: true, external: ['vscode'], logLevel: 'error',
    });
    const dataDir = path.join(repo, 'data');
    const dataBytes = fs.existsSync(dataDir)
      ? fs.readdirSync(dataDir).reduce((sum, f) => sum + fs.statSync(path.join(dataDir, f)).size, 0)
      : 0;
    return {
      distKB: fs.existsSync(dist) ? fs.statSync(dist).size / 1024 : undefined,
      minifiedKB: fs.statSync(outfile).size / 1024,
      dataKB: dataBytes / 1024,
    };
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}
