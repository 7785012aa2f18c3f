// "Follow my report", end to end against the real server: a report sent
// through the violence flow (its follow-up code read from the confirmation
// page), the code typed back in lower case with spaces and look-alikes, the
// status read, a message sent; an agent of the receiving unit reads it in
// the browser and answers; the reporter reads the answer and stops. A wrong
// code (422) and too many wrong codes (429) are seen too, and every
// follow-up page is scanned with axe-core.
//
// The reporter runs without JavaScript in one test and with it in the
// other; the agent runs the same way as the reporter.
import { expect, test, type Browser, type Page } from './support/test';
import crypto from 'node:crypto';
import { ALL_LANGUAGES, continueTo, currentPath, open, submit, testLocale } from './support/portal';
import { Scanner } from './support/scanner';
import { agentSignsIn, openCase, uniqueSuffix } from './support/agent';
import { sendReport } from './support/violence';

/** The unit that receives a report that does not say where it happened. */
const NATIONAL_UNIT = 'GN-35-BRIGADE-NUMERIQUE';

/** The code as a hurried reporter types it: lower case, spaces, o for 0, i and l for 1. */
function typedLoosely(code: string): string {
  let ones = 0;
  return [...code]
    .map((c) => (c === '-' ? ' ' : c === '0' ? 'o' : c === '1' ? (ones++ % 2 ? 'l' : 'i') : c.toLowerCase()))
    .join('');
}

/** A random first group (locator) other than `code`'s: wrong codes there lock no real report. */
function otherLocator(code: string): string {
  const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
  for (;;) {
    const locator = [...crypto.randomBytes(4)].map((b) => alphabet[b % 32]).join('');
    if (!code.startsWith(locator)) return locator;
  }
}

/** Types a code on the form and submits it; returns the status of the answer. */
async function typeCode(page: Page, typed: string): Promise<number> {
  await page.locator('input[name="code"]').fill(typed);
  const response = await submit(page, page.locator('form[action="/follow-up"] button'));
  return response.status();
}

async function followUpStory(browser: Browser, page: Page, baseURL: string, mode: 'js' | 'nojs'): Promise<void> {
  const js = mode === 'js';
  const scanner = js ? Scanner.inPlace(page, `follow-up-${mode}`) : await Scanner.open(page, browser, `follow-up-${mode}`);
  const { reference, code } = await sendReport(page);
  const suffix = uniqueSuffix();

  // 1. The code form, reached from the home page; a wrong code, then too many.
  await open(page, '/');
  await Promise.all([page.waitForNavigation(), page.locator('a[href="/follow-up"]').first().click()]);
  expect(currentPath(page)).toBe('/follow-up');
  await expect(page.locator('a.quick-exit-link')).toHaveAttribute('href', '/leave');
  await scanner.scan('code');
  const locator = otherLocator(code);
  const wrong = (n: number) => `${locator}-XXXX-XXXX-XXXX-X${n}${n}${n}`;
  expect(await typeCode(page, wrong(2)), 'a wrong code').toBe(422);
  await expect(page.locator('.error-summary')).toBeVisible();
  await expect(page.locator('input[name="code"]'), 'the field is emptied').toHaveValue('');
  await scanner.scan('code-error-422');
  for (const n of [3, 4, 5, 6]) expect(await typeCode(page, wrong(n))).toBe(422);
  expect(await typeCode(page, wrong(7)), 'the sixth code for one locator').toBe(429);
  await scanner.scan('paused-429');
  await open(page, '/follow-up');

  // 2. The right code, typed loosely, opens the report.
  const typed = typedLoosely(code);
  expect(typed).not.toBe(code);
  await page.locator('input[name="code"]').fill(typed);
  await continueTo(page, '/follow-up/report', page.locator('form[action="/follow-up"] button'));
  const status = page.locator('.follow-up-status');
  await expect(status).toHaveCount(1);
  const statusNew = (await status.innerText()).trim();
  expect(await page.content(), 'the code is never shown again').not.toContain(code);
  await scanner.scan('report');

  // 3. The reporter writes; an agent of the unit reads it and answers.
  const mine = `I would rather be contacted in the evening. ${suffix}`;
  await page.locator('textarea[name="reply"]').fill(mine);
  await continueTo(page, '/follow-up/report', page.locator('form[action="/follow-up/messages"] button:not([value="keep"])'));
  await expect(page.locator('main')).toContainText(mine);
  await scanner.scan('report-message');

  const agent = await agentSignsIn(browser, baseURL, NATIONAL_UNIT, js);
  try {
    const casePath = await openCase(agent, reference);
    await expect(agent.locator('main')).toContainText(mine);
    // The agent's case page of a violence report, its message included
    // (scanned through the sibling page, which only the script-free run has).
    if (!js) await scanner.scan('agent-case', agent);
    await continueTo(agent, casePath, agent.locator('form:has(input[name="action"][value="claim"]) button'));
    const answer = `Thank you, we will write here first. ${suffix}`;
    await agent.locator('textarea[name="message_body"]').fill(answer);
    await continueTo(agent, casePath, agent.locator('form[action$="/messages"] button'));

    // 4. The reporter reads the answer, and the status has moved on.
    const reloaded = await page.reload();
    expect(reloaded?.status()).toBe(200);
    await expect(page.locator('main')).toContainText(answer);
    await expect(status).not.toHaveText(statusNew);
    await scanner.scan('report-answered');
  } finally {
    await agent.context().close();
  }

  // 5. Stop here: access is closed in this browser.
  await continueTo(page, '/follow-up/stopped', page.locator('form[action="/follow-up/stop"] button'));
  await scanner.scan('stopped');
  await open(page, '/follow-up/report');
  expect(currentPath(page), 'the report is closed to this browser').toBe('/follow-up');
  scanner.expectClean();
}

test.describe('follow my report', () => {
  test('without JavaScript: code typed loosely, status, messages with an agent, axe on every page', { tag: ALL_LANGUAGES }, async ({
    browser,
    baseURL,
  }) => {
    const context = await browser.newContext({ baseURL, locale: testLocale(), javaScriptEnabled: false });
    const page = await context.newPage();
    await followUpStory(browser, page, baseURL!, 'nojs');
    await context.close();
  });

  test('with JavaScript: the same story', async ({ browser, page, baseURL }) => {
    await followUpStory(browser, page, baseURL!, 'js');
  });
});
