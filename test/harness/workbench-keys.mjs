// Driving the VS Code workbench with the keys a user presses, shared by the
// UI tests (test/ui/run-ui.mjs) and the README screenshots (scripts/screenshot.mjs).
/* global document */

/** Ctrl+P, the file name, Enter; resolves when its tab is the active one. */
export async function quickOpen(page, name) {
  await page.keyboard.press('Control+P');
  await page.locator('.quick-input-widget input').waitFor();
  await page.keyboard.type(name);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().waitFor();
  await page.keyboard.press('Enter');
  await page.waitForFunction((n) => document.querySelector('.tab.active')?.getAttribute('aria-label')?.includes(n), name);
  await page.locator('.editor-instance .view-lines .view-line').first().waitFor();
}

/** F1, the command's title, Enter. */
export async function runCommand(page, title) {
  await page.keyboard.press('F1');
  await page.locator('.quick-input-widget input').waitFor();
  await page.keyboard.type(title);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor();
  await page.keyboard.press('Enter');
}
