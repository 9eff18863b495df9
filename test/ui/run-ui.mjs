#!/usr/bin/env node
// UI tests through the real workbench: code-server on a fresh temporary copy
// of sample-corpus/, the extension loaded from the repo, headless Chromium
// driven by playwright-core pressing the keys a user would. Checks:
//   1. "Corpus Lens: Show Timeline" opens the timeline and it lists a seed date;
//      Down and Enter in its event list open the article with the date selected;
//   2. Ctrl+P "#Kiev" (workspace symbols) finds Kyiv;
//   3. Annotate (Ctrl+Alt+A) on "Moscow": the picker's first item is the catalog's Moscow;
//   4. F2 on "Kiev" renames Kyiv: entities.yaml changes, the article does not.
// Prints "N passed, N failed"; exit 0 only when all passed.
//
//   node esbuild.js && node test/ui/run-ui.mjs [--keep] [--shot out.png]
/* global document */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  DEFAULT_CODE_SERVER_DIR, REPO_ROOT, findChromium, launchChromium, resolveCodeServerEntry, sleep, startCodeServer, stopProcessGroup, workbenchUrl,
} from '../harness/run-extension-tests.mjs';
import { quickOpen, runCommand } from '../harness/workbench-keys.mjs';

const log = (m) => console.error(`[ui] ${m}`);
const args = process.argv.slice(2);
const keep = args.includes('--keep');
const shot = args.includes('--shot') ? args[args.indexOf('--shot') + 1] : undefined;

const install = spawnSync('bash', [path.join(REPO_ROOT, 'test/harness/install-code-server.sh'), DEFAULT_CODE_SERVER_DIR], { stdio: ['ignore', 'ignore', 'inherit'] });
if (install.status !== 0) process.exit(install.status ?? 1);
const chromium = findChromium();
if (!chromium) {
  log('no Chromium (apt-get install chromium, or set CHROMIUM_PATH)');
  process.exit(1);
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-lens-ui-'));
const workspace = path.join(tmp, 'sample-corpus');
fs.cpSync(path.join(REPO_ROOT, 'sample-corpus'), workspace, { recursive: true });
const catalogFile = path.join(workspace, 'entities.yaml');
fs.mkdirSync(path.join(tmp, 'state'));

let server, browser;
let passed = 0, failed = 0;
const check = (name, ok, detail = '') => {
  console.log(`${ok ? 'PASS' : 'FAIL'} ${name}${detail ? ` — ${detail}` : ''}`);
  if (ok) passed++;
  else failed++;
};
async function cleanup() {
  if (browser) await Promise.race([browser.close().catch(() => {}), sleep(5000)]);
  await stopProcessGroup(server?.proc);
  if (keep) log(`kept ${tmp}`);
  else fs.rmSync(tmp, { recursive: true, force: true });
}
const watchdog = setTimeout(async () => {
  log('timeout');
  await cleanup();
  process.exit(124);
}, 240_000);

try {
  server = await startCodeServer({
    entry: resolveCodeServerEntry(DEFAULT_CODE_SERVER_DIR),
    stateDir: path.join(tmp, 'state'),
    settings: { 'editor.hover.delay': 200, 'git.openRepositoryInParentFolders': 'never', 'window.commandCenter': false, 'editor.minimap.enabled': false },
  });
  browser = await launchChromium({ executablePath: chromium, profileDir: path.join(tmp, 'chrome'), viewport: { width: 1400, height: 900 } });
  const page = browser.pages()[0] || (await browser.newPage());
  await page.goto(workbenchUrl(server.authority, workspace, { extensionDevelopmentPath: REPO_ROOT }));
  await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
  await page.locator('.explorer-folders-view').first().waitFor({ timeout: 60_000 }).catch(() => {});

  const article = '000_8c67307d6b1f2411.txt';
  await quickOpen(page, article);
  await page.locator('.statusbar', { hasText: '5 articles' }).waitFor({ timeout: 60_000 });

  // 1. the timeline
  await runCommand(page, 'Corpus Lens: Show Timeline');
  const timeline = timelineFrame(page);
  const seed = await timeline.locator('#events .event', { hasText: 'October 17 2022' }).first().waitFor({ timeout: 30_000 }).then(() => true, () => false);
  check('the timeline opens and lists a seed date', seed);
  // keyboard: Down moves to the next event, Enter opens its article with the date selected
  await timeline.locator('.event').first().focus();
  await page.keyboard.press('ArrowDown');
  const second = await timeline.locator('.event:focus').getAttribute('data-event').catch(() => null);
  const date = await timeline.locator('.event').nth(1).locator('mark').innerText();
  await page.keyboard.press('Enter');
  const selected = await page.locator('.statusbar', { hasText: `(${date.length} selected)` }).waitFor({ timeout: 15_000 }).then(() => true, () => false);
  check('the timeline: Down, Enter opens the article at the date', second === '1' && selected, `event ${second}, "${date}"`);
  // back to the first article, out of the webview
  await page.locator('.tab', { hasText: article }).first().click();
  await page.waitForFunction((n) => document.querySelector('.tab.active')?.getAttribute('aria-label')?.includes(n), article);
  await focusEditor(page);

  // 2. workspace symbols by alias
  await page.keyboard.press('Control+P');
  await page.locator('.quick-input-widget input').waitFor();
  await page.keyboard.type('#Kiev');
  const symbol = await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Kyiv' }).first().innerText({ timeout: 15_000 }).catch(() => '');
  check('#Kiev in quick open finds Kyiv', symbol.includes('Kyiv'), JSON.stringify(symbol.split('\n')[0]));
  await page.keyboard.press('Escape');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });

  // 3. the annotate picker
  const text = fs.readFileSync(path.join(workspace, article), 'utf8');
  await goTo(page, text, 'Moscow');
  await page.keyboard.press('Control+Alt+A');
  const picker = page.locator('.quick-input-widget:visible', { hasText: 'Annotate “Moscow”' });
  const first = await picker.locator('.monaco-list-row').first().innerText({ timeout: 15_000 }).catch(() => '');
  check('the annotate picker first offers the catalog entity', first.startsWith('Moscow') && first.includes('· moscow'), JSON.stringify(first));
  await page.keyboard.press('Escape');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });

  // 4. F2
  await goTo(page, text, 'Kiev');
  await page.keyboard.press('F2');
  const input = page.locator('.rename-box input, .rename-box .rename-input').first();
  await input.waitFor({ timeout: 15_000 });
  // into the rename box itself: keys sent before it has the focus would edit the article
  await input.fill('Kyiv City');
  await input.press('Enter');
  const renamed = await until(() => /name: Kyiv City/.test(fs.readFileSync(catalogFile, 'utf8')), 15_000);
  check('F2 renames the entity in entities.yaml', renamed);
  check('F2 leaves the article as it was', (await page.locator('.tab.active.dirty').count()) === 0);

  if (shot) await page.screenshot({ path: path.resolve(shot) });
} catch (e) {
  console.error(e);
  failed++;
}
clearTimeout(watchdog);
await cleanup();
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);

/** Puts the cursor one character inside the first `needle` of the article (Ctrl+G line:column). */
async function goTo(page, content, needle) {
  const before = content.slice(0, content.indexOf(needle)).split('\n');
  await focusEditor(page);
  await page.keyboard.press('Control+G');
  await page.locator('.quick-input-widget input').waitFor();
  await page.keyboard.type(`${before.length}:${before[before.length - 1].length + 2}`);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: `character ${before[before.length - 1].length + 2}` }).first().waitFor().catch(() => {});
  for (let i = 0; i < 3; i++) {
    await page.keyboard.press('Enter');
    if (await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 3000 }).then(() => true, () => false)) break;
  }
  await sleep(300);
}

/** Clicks into the first editor group's text, so that keys go to the article (not to the timeline's webview). */
async function focusEditor(page) {
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 5000 }).catch(() => page.keyboard.press('Escape'));
  // a webview that just loaded may take the focus back: click until the editor has it
  for (let i = 0; i < 20; i++) {
    if (i % 2) await page.keyboard.press('Control+1');
    else await page.locator('.editor-group-container').first().locator('.view-lines').click({ position: { x: 5, y: 5 }, force: true });
    await sleep(300);
    if (await page.evaluate(() => !!document.activeElement?.closest('.editor-group-container .monaco-editor'))) return;
  }
  const where = await page.evaluate(() => `${document.activeElement?.tagName}.${document.activeElement?.className}`);
  throw new Error(`the article editor never took the focus (it is on ${where})`);
}

/** The timeline page: VS Code puts a webview's page in an iframe (#active-frame) inside its own iframe. */
function timelineFrame(page) {
  return page.frameLocator('iframe.webview').frameLocator('#active-frame');
}

async function until(probe, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await probe()) return true;
    await sleep(250);
  }
  return false;
}
