#!/usr/bin/env node
// Screenshots of the extension in the real VS Code web workbench, for the
// README (media/*.png): runs scripts/start.mjs (code-server) on the sample
// corpus with a throwaway state dir, opens an article in headless Chromium,
// optionally hovers a phrase, and saves a PNG. Also checks that the extension
// host activated corpus-lens (exit 1 if not).
//
//   node esbuild.js && node scripts/screenshot.mjs [options]
//     --file NAME         article in sample-corpus/ (default 000_8c67307d6b1f2411.txt)
//     --hover TEXT        hover this phrase (its --occurrence'th match in the file)
//     --occurrence N      default 1
//     --expect TEXT       fail unless the hover contains TEXT (retries up to --wait s)
//     --ready TEXT        before hovering, wait until the status bar shows TEXT
//                         (e.g. "5 articles" once the corpus is indexed)
//     --command TITLE     then run this palette command (e.g. "Corpus Lens: Show Timeline")
//     --expect-frame TEXT after --command, wait until a webview shows TEXT (up to --wait s)
//     --input TEXT        after --command, type TEXT into the input box it opens, then Enter
//     --out FILE          default media/screenshot.png
//     --theme NAME        e.g. "Default Light Modern" (default: the workbench default)
//     --size WxH          viewport, default 1280x800
//     --wait S            seconds to wait for a hover, default 20
//     --settle MS         pause before the shot (decorations, CodeLens), default 1500
//
// e.g. node scripts/screenshot.mjs --hover Damascus --expect Damascus --out media/hover.png
//      node scripts/screenshot.mjs --ready "5 articles" --command "Corpus Lens: Show Timeline" --expect-frame "October 17 2022" --out media/timeline.png
//      node scripts/screenshot.mjs --ready "5 articles" --command "Corpus Lens: Filter Entities..." --input don --out media/entities.png
/* global document, window */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';
import { REPO_ROOT, findChromium, launchChromium, sleep, stopProcessGroup } from '../test/harness/run-extension-tests.mjs';
import { quickOpen, runCommand } from '../test/harness/workbench-keys.mjs';

const EXTENSION_ID = 'corpus-lens.corpus-lens';
const opts = parseArgs(process.argv.slice(2));
const corpus = path.join(REPO_ROOT, 'sample-corpus');
const article = path.join(corpus, opts.file);
if (!fs.existsSync(article)) fail(`no such article: ${article}`);
const chromiumPath = findChromium();
if (!chromiumPath) fail('no Chromium (apt-get install chromium, or set CHROMIUM_PATH)');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-lens-shot-'));
const stateDir = path.join(tmp, 'state');
// Readable, stable screenshots; start.mjs adds its offline settings on top.
fs.mkdirSync(path.join(stateDir, 'user-data/User'), { recursive: true });
fs.writeFileSync(path.join(stateDir, 'user-data/User/settings.json'), JSON.stringify({
  'editor.wordWrap': 'on', 'editor.minimap.enabled': false, 'editor.hover.delay': 200, 'editor.fontSize': 14,
  'workbench.tips.enabled': false, 'window.commandCenter': false, 'breadcrumbs.enabled': false,
  'git.openRepositoryInParentFolders': 'never', // else a notification covers the editor
  ...(opts.theme ? { 'workbench.colorTheme': opts.theme } : {}),
}));

let start, browser, done = false;
async function cleanup(code) {
  if (done) return;
  done = true;
  if (browser) await Promise.race([browser.close().catch(() => {}), sleep(5000)]);
  await stopProcessGroup(start, 10_000); // on SIGTERM start.mjs stops its code-server (up to 5 s)
  fs.rmSync(tmp, { recursive: true, force: true });
  process.exit(code);
}
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => cleanup(130));
const watchdog = setTimeout(() => { console.error('[screenshot] timeout'); cleanup(124); }, 180_000);

try {
  start = spawn(process.execPath, [path.join(REPO_ROOT, 'scripts/start.mjs'), '--code-server', '--state-dir', stateDir],
    { detached: true, stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await firstUrl(start);

  const [width, height] = opts.size.split('x').map(Number);
  browser = await launchChromium({ executablePath: chromiumPath, profileDir: path.join(tmp, 'chrome'), viewport: { width, height } });
  const page = browser.pages()[0] || (await browser.newPage());
  await page.goto(url);
  await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
  await page.locator('.explorer-folders-view').first().waitFor({ timeout: 60_000 }).catch(() => {});

  // Quick open the article; with --hover, put the cursor on the phrase (Ctrl+G
  // line:col) so it is on screen, then hover it.
  await quickOpen(page, opts.file);
  if (opts.ready) {
    await page.locator('.statusbar', { hasText: opts.ready }).waitFor({ timeout: opts.wait * 1000 })
      .catch(() => console.error(`[screenshot] status bar never showed ${JSON.stringify(opts.ready)}`));
  }
  let hoverText = '';
  if (opts.hover) {
    const { line, col } = locate(fs.readFileSync(article, 'utf8'), opts.hover, opts.occurrence);
    await page.keyboard.press('Control+G');
    await page.locator('.quick-input-widget input').waitFor();
    await page.keyboard.type(`${line}:${col}`);
    await page.keyboard.press('Enter');
    await sleep(300);
    hoverText = await hover(page, opts.hover, opts.expect, opts.wait * 1000);
    console.log(`[screenshot] hover: ${JSON.stringify(hoverText.trim().slice(0, 300))}`);
  }
  let frameOk = true;
  if (opts.command) {
    await runCommand(page, opts.command);
    if (opts.input !== undefined) await answerInput(page, opts.input);
    if (opts.expectFrame) frameOk = await webviewShows(page, opts.expectFrame, opts.wait * 1000);
    if (!frameOk) console.error(`[screenshot] no webview showed ${JSON.stringify(opts.expectFrame)}`);
  }
  await sleep(opts.settle);
  const out = path.resolve(REPO_ROOT, opts.out);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  await page.screenshot({ path: out });
  console.log(`[screenshot] saved ${path.relative(process.cwd(), out)}`);

  const active = extensionActivated(stateDir);
  console.log(`[screenshot] ${EXTENSION_ID} ${active ? 'activated' : 'NOT activated'} in the extension host`);
  const hoverOk = !opts.expect || hoverText.includes(opts.expect);
  if (!hoverOk) console.error(`[screenshot] hover does not contain ${JSON.stringify(opts.expect)}`);
  clearTimeout(watchdog);
  await cleanup(active && hoverOk && frameOk ? 0 : 1);
} catch (e) {
  console.error(`[screenshot] ${e?.stack || e}`);
  await cleanup(1);
}

/** start.mjs prints the workbench URL as its last line. */
function firstUrl(child) {
  return new Promise((resolve, reject) => {
    readline.createInterface({ input: child.stdout }).on('line', (l) => { if (l.startsWith('http://')) resolve(l.trim()); });
    child.on('exit', (c) => reject(new Error(`start.mjs exited (${c}) before printing a URL`)));
  });
}

async function answerInput(page, text) {
  await page.locator('.quick-input-widget input').waitFor();
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

/** A webview's page is an iframe (#active-frame) inside VS Code's own iframe for it. */
async function webviewShows(page, text, timeoutMs) {
  const body = page.frameLocator('iframe.webview').frameLocator('#active-frame').locator('body', { hasText: text });
  return body.first().waitFor({ timeout: timeoutMs }).then(() => true, () => false);
}

/** 1-based line:col of the n-th occurrence of text in the file. */
function locate(content, text, n) {
  let at = -1;
  for (let i = 0; i < n; i++) { at = content.indexOf(text, at + 1); if (at < 0) fail(`"${text}" occurs fewer than ${n} time(s) in ${opts.file}`); }
  const before = content.slice(0, at).split('\n');
  return { line: before.length, col: before[before.length - 1].length + 1 };
}

/**
 * Moves the mouse onto the rendered phrase nearest the cursor and reads
 * .monaco-hover. The first hover can be empty while the extension activates or
 * indexes, so re-move the mouse until it has text (and contains `expect`).
 */
async function hover(page, text, expect, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    const box = await page.evaluate(phraseBox, text);
    if (!box) throw new Error(`"${text}" is not visible in the editor`);
    await page.mouse.move(5, 5);
    await page.mouse.move(box.x + Math.min(box.width / 2, 20), box.y + box.height / 2, { steps: 4 });
    last = await page.locator('.monaco-hover:visible').first().innerText({ timeout: 2500 }).catch(() => '');
    if (last.trim() && (!expect || last.includes(expect))) return last;
  }
  return last;
}

// Runs in the page: box of the occurrence of `text` closest to the editor's
// cursor. A line's text is split over spans (tokens, decorations), so match on
// the line's whole text and map the offset back into its text nodes.
function phraseBox(text) {
  const cursor = document.querySelector('.editor-instance .cursor')?.getBoundingClientRect();
  let best, bestDist = Infinity;
  for (const line of document.querySelectorAll('.editor-instance .view-lines .view-line')) {
    const nodes = [];
    const walker = document.createTreeWalker(line, window.NodeFilter.SHOW_TEXT);
    for (let n; (n = walker.nextNode());) nodes.push(n);
    const full = nodes.map((n) => n.textContent).join('').replace(/\u00a0/g, ' ');
    for (let at = full.indexOf(text); at >= 0; at = full.indexOf(text, at + 1)) {
      const range = document.createRange();
      let offset = 0;
      for (const n of nodes) {
        const len = n.textContent.length;
        if (at >= offset && at < offset + len) range.setStart(n, at - offset);
        if (at + text.length > offset && at + text.length <= offset + len) range.setEnd(n, at + text.length - offset);
        offset += len;
      }
      const r = range.getClientRects()[0];
      if (!r) continue;
      const dist = cursor ? Math.hypot(r.x - cursor.x, r.y - cursor.y) : r.y;
      if (dist < bestDist) { bestDist = dist; best = { x: r.x, y: r.y, width: r.width, height: r.height }; }
    }
  }
  return best;
}

/** The remote extension host logs every activation ("ExtensionService#_doActivateExtension <id>"). */
function extensionActivated(dir) {
  const logs = path.join(dir, 'user-data/logs');
  const files = fs.existsSync(logs) ? fs.readdirSync(logs, { recursive: true }).filter((f) => String(f).endsWith('exthost.log')) : [];
  return files.some((f) => fs.readFileSync(path.join(logs, String(f)), 'utf8').includes(`_doActivateExtension ${EXTENSION_ID}`));
}

function parseArgs(argv) {
  const o = { file: '000_8c67307d6b1f2411.txt', occurrence: 1, out: 'media/screenshot.png', size: '1280x800', wait: 20, settle: 1500 };
  for (let i = 0; i < argv.length; i += 2) {
    const key = argv[i]?.replace(/^--/, '').replace(/-(\w)/g, (_, c) => c.toUpperCase());
    if (!argv[i]?.startsWith('--') || !(key in o || ['hover', 'expect', 'theme', 'ready', 'command', 'expectFrame', 'input'].includes(key)) || i + 1 >= argv.length) {
      fail(`bad argument ${argv[i]} (see the header of ${path.basename(fileURLToPath(import.meta.url))})`);
    }
    o[key] = typeof o[key] === 'number' ? Number(argv[i + 1]) : argv[i + 1];
  }
  return o;
}

function fail(msg) {
  console.error(`[screenshot] ${msg}`);
  process.exit(2);
}
