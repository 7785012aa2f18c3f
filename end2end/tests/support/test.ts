// The `test` every spec uses: Playwright's, plus a recorder of the secrets
// the browser sends and receives, for scripts/check-log-canaries. Every
// browser context of a test (the default one and those a test opens) is
// watched:
//   - the value of each field the browser posts (typed text, emails,
//     passwords, follow-up codes, CSRF tokens), leaving out the fixed
//     choices a form offers (slugs such as `pre-complaint`, dates, numbers);
//   - the long path segments of the links it opens (resume, appointment and
//     sign-in tokens);
//   - the value of every cookie the portal sets (session identifiers).
// They are written, one a line, to `canaries-e2e-<pid>.txt` under
// PORTAL_TEST_LOG_DIR when scripts/test-all sets it; the server's log of
// the browser suite must hold none of them.
import { test as base, type Browser, type BrowserContext } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';

export { expect } from '@playwright/test';
export type { Browser, BrowserContext, Locator, Page, Response } from '@playwright/test';

const logDir = process.env.PORTAL_TEST_LOG_DIR;
const canaryFile = logDir ? path.join(logDir, `canaries-e2e-${process.pid}.txt`) : null;
const recorded = new Set<string>();
const watched = new WeakSet<BrowserContext>();

/** Whether `value` is something only this visitor could have sent or been given. */
export function isSecret(value: string): boolean {
  const v = value.trim();
  if (v.length < 6) return false;
  // A choice the form offers (`pre-complaint`, `in-review`), a date, a
  // time or a number: the same for every visitor, and fine in a log.
  if (/^[a-z]+(-[a-z]+)*$/.test(v)) return false;
  if (/^[\d\s:/.+-]+$/.test(v)) return false;
  return true;
}

function record(value: string) {
  const v = value.trim();
  if (!canaryFile || !isSecret(v) || v.includes('\n') || recorded.has(v)) return;
  recorded.add(v);
  fs.mkdirSync(path.dirname(canaryFile), { recursive: true });
  fs.appendFileSync(canaryFile, `${v}\n`);
}

/** Records the secrets of every request and response of `context`. */
function watch(context: BrowserContext) {
  if (!canaryFile || watched.has(context)) return;
  watched.add(context);
  context.on('request', (request) => {
    const url = new URL(request.url());
    for (const segment of url.pathname.split('/')) {
      // Long segments are tokens; a file name (the stylesheet) is not one.
      if (segment.length >= 16 && !/\.\w+$/.test(segment)) record(decodeURIComponent(segment));
    }
    const body = request.postData();
    const type = request.headers()['content-type'] ?? '';
    if (body && type.startsWith('application/x-www-form-urlencoded')) {
      for (const [, value] of new URLSearchParams(body)) {
        // A multi-line text is recorded line by line: a log line holds one.
        for (const line of value.split(/\r?\n/)) record(line);
      }
    }
  });
  context.on('response', async (response) => {
    const cookies = (await response.headerValue('set-cookie').catch(() => null)) ?? '';
    for (const line of cookies.split('\n')) {
      const pair = line.split(';')[0];
      const at = pair.indexOf('=');
      if (at > 0) record(pair.slice(at + 1));
    }
  });
}

export const test = base.extend<{ recordSecrets: void }>({
  browser: [
    async ({ browser }, use) => {
      const newContext = browser.newContext.bind(browser);
      browser.newContext = async (...args: Parameters<Browser['newContext']>) => {
        const context = await newContext(...args);
        watch(context);
        return context;
      };
      await use(browser);
    },
    { scope: 'worker' },
  ],
  recordSecrets: [
    async ({ context }, use) => {
      watch(context);
      await use();
    },
    { auto: true },
  ],
});
