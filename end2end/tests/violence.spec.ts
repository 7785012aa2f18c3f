// The report of sexual and sexist violence in a browser. Without
// JavaScript: from the home page to the follow-up code by clicking and
// typing, error pages included, axe-core (WCAG 2.2 AA) on every page, and
// the quick exit by its link. With JavaScript: the "Leave this site"
// control is the first stop of Tab, stays on top of a scrolled page, and
// leaves at once by a click or by Shift pressed three times, without a
// way Back to the form. Every title and URL stays neutral.
import { expect, test, type Page } from './support/test';
import path from 'node:path';
import { ALL_LANGUAGES, choose, continueTo, currentPath, expectEnglishText, open, submit, type } from './support/portal';
import { Scanner } from './support/scanner';
import { NEUTRAL_SITE, expectBlankedAtOnce, expectLeftProperly, interceptLeaving } from './support/neutral-site';

/** A follow-up code: five groups of four Crockford base32 characters. */
const CODE = /^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){4}$/;
/** Words that must never be in a title or a URL. */
const SUBJECT = /sexu|sexis|violen|rape|assault|viol|agress/i;

/** A page of the report: neutral title and URL, the quick exit first of all. */
async function expectSafePage(page: Page): Promise<void> {
  expect(await page.title(), 'a neutral title').not.toMatch(SUBJECT);
  expect(page.url(), 'a neutral URL').not.toMatch(SUBJECT);
  const first = page.locator('body a, body button, body input, body textarea, body select').first();
  await expect(first, 'the quick exit is the first control').toHaveClass(/quick-exit-link/);
  await expect(first).toHaveAttribute('href', '/leave');
  await expect(first).toBeVisible();
}

/** Clicks a link and waits for the page it opens. */
async function follow(page: Page, selector: string, expectedPath: string): Promise<void> {
  await Promise.all([page.waitForNavigation(), page.locator(selector).first().click()]);
  expect(currentPath(page)).toBe(expectedPath);
}

/** Start page to the first question, as far as `/report/who` answered `safe`. */
async function startToWho(page: Page): Promise<void> {
  await open(page, '/report');
  await continueTo(page, '/report/safe');
  await choose(page, 'safe_now', 'yes');
  await continueTo(page, '/report/who');
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a report from the home page to its code, every page neutral and passing axe-core', { tag: ALL_LANGUAGES }, async ({ page, browser, context }) => {
    const scanner = await Scanner.open(page, browser, 'violence');
    const visited: string[] = [];
    page.on('framenavigated', (frame) => visited.push(frame.url()));
    const shown = async (name: string) => {
      await expectSafePage(page);
      await scanner.scan(name);
    };
    const main = page.locator('main');

    await open(page, '/');
    await follow(page, 'main a[href="/report"]', '/report');
    await expectEnglishText(main, 'does not erase your browsing history');
    await shown('start');
    await follow(page, 'main a[href="/report/safety-advice"]', '/report/safety-advice');
    await shown('safety-advice');
    await follow(page, 'a.back-link', '/report');
    await continueTo(page, '/report/safe');

    await shown('safe');
    expect((await submit(page)).status(), 'the safety question is required').toBe(422);
    await shown('safe-error-422');
    await choose(page, 'safe_now', 'no');
    await continueTo(page, '/report/help');
    for (const href of ['tel:17', 'tel:112', 'sms:114']) await expect(main.locator(`a[href="${href}"]`)).toBeVisible();
    await shown('help-danger');
    await follow(page, 'main a.button', '/report/who');

    await shown('who');
    await choose(page, 'report_for', 'someone-else');
    await choose(page, 'age', 'under-18');
    await continueTo(page, '/report/help');
    await expect(main.locator('a[href="tel:119"]')).toBeVisible();
    await shown('help-child');
    await follow(page, 'main a.button', '/report/contact-choice');

    await shown('contact-choice');
    await choose(page, 'anonymity', 'identified');
    await choose(page, 'contact_by', 'email');
    await type(page, 'email', 'camille@');
    expect((await submit(page)).status(), 'a bad email').toBe(422);
    await expect(page.locator('input[name="email"]'), 'the typed email is kept').toHaveValue('camille@');
    await expect(page.locator('main form')).toHaveAttribute('autocomplete', 'off');
    await shown('contact-choice-error-422');
    await choose(page, 'anonymity', 'anonymous');
    await continueTo(page, '/report/what');

    await shown('what');
    await choose(page, 'facts', 'harassment');
    await choose(page, 'facts', 'not-sure');
    await continueTo(page, '/report/when');
    await shown('when');
    await choose(page, 'period', 'months');
    await type(page, 'area', 'Lyon');
    expect((await submit(page)).status(), 'a place that is not a département').toBe(422);
    await shown('when-error-422');
    await type(page, 'area', '69003');
    await continueTo(page, '/report/person');
    await shown('person');
    await choose(page, 'relationship', 'acquaintance');
    await continueTo(page, '/report/details');
    await shown('details');
    await expect(main.locator('a[href="/report/check"]'), 'you can stop here').toBeVisible();
    await type(page, 'details', 'A neighbour keeps <waiting> for me on the stairs.');
    await continueTo(page, '/report/support');
    await shown('support');
    await choose(page, 'support', 'call-back');
    await choose(page, 'support', 'line-3919');
    await continueTo(page, '/report/check');

    await shown('check');
    for (const answer of ['69003', 'A neighbour keeps <waiting>']) await expect(main).toContainText(answer);
    for (const answer of ['Stay anonymous', 'I am not sure how to describe it']) await expectEnglishText(main, answer);
    await follow(page, 'a[href="/report/person?from=check"]', '/report/person');
    await choose(page, 'relationship', 'stranger');
    await continueTo(page, '/report/check');
    await expectEnglishText(main, 'Someone they do not know');

    const sent = await submit(page);
    expect(sent.status(), 'the send answers with the confirmation itself').toBe(200);
    expect(currentPath(page)).toBe('/report/send');
    const code = (await page.locator('.follow-up-code').innerText()).trim();
    expect(code).toMatch(CODE);
    await expectEnglishText(main, 'cannot be recovered');
    await expect(main.locator('a[href="/follow-up"]')).toBeVisible();
    await shown('confirmation');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.quick-exit'), 'not printed').toBeHidden();
    await expect(page.locator('.follow-up-code')).toBeVisible();
    await page.screenshot({ path: path.resolve(__dirname, '..', 'screenshots', 'violence-confirmation-print.png'), fullPage: true });
    await page.emulateMedia({ media: 'screen' });

    await open(page, '/report/sent');
    await expect(page.locator('.follow-up-code')).toHaveCount(0);
    await expectEnglishText(main, 'shown only once');
    expect(await page.content()).not.toContain(code);
    await shown('sent');
    for (const url of visited) {
      expect(url).not.toContain(code);
      expect(url).not.toContain(code.replace(/-/g, ''));
    }

    await open(page, '/report/nowhere', 404);
    await shown('not-found-404');
    await open(page, '/report');
    await continueTo(page, '/report/safe');
    await context.clearCookies();
    await choose(page, 'safe_now', 'yes');
    expect((await submit(page)).status(), 'a form without its session').toBe(403);
    await shown('forbidden-403');

    expect(scanner.scanned.length).toBeGreaterThanOrEqual(20);
    scanner.expectClean();
  });

  test('the "Leave this site" link ends the session and lands on the neutral site', async ({ page, context }) => {
    const seen = await interceptLeaving(context);
    await startToWho(page);
    await choose(page, 'report_for', 'myself');
    await continueTo(page, '/report/contact-choice');
    const session = (await context.cookies()).find((c) => c.name === 'portal_session');
    expect(session, 'a session cookie while answering').toBeTruthy();

    await Promise.all([page.waitForURL(NEUTRAL_SITE), page.locator('a.quick-exit-link').click()]);
    await expect(page.locator('h1')).toHaveText('Météo du jour');
    expectLeftProperly(seen);
    expect((await context.cookies()).map((c) => c.name)).not.toContain('portal_session');

    await page.goBack();
    expect(currentPath(page)).toBe('/report/contact-choice');
    await expect(page.locator('input[name="anonymity"]'), 'Back finds no form').toHaveCount(0);
    await expect(page.locator('h1')).toContainText('session has expired');
    // The draft is gone on the server: even the old cookie opens nothing.
    if (session) await context.addCookies([session]);
    await open(page, '/report/who');
    await expect(page.locator('input[name="report_for"]')).toHaveCount(0);
    await expectSafePage(page);
  });
});

test.describe('with JavaScript', () => {
  test('Tab reaches "Leave this site" first; it stays on top; a click blanks the page and Back does not return', async ({ page, context }) => {
    const seen = await interceptLeaving(context);
    const scanner = Scanner.inPlace(page, 'violence-js');
    await startToWho(page);
    await expect(page.locator('.quick-exit-hint'), 'the script runs').toBeVisible();
    await scanner.scan('who');

    await page.keyboard.press('Tab');
    await expect(page.locator('a.quick-exit-link')).toBeFocused();
    await scanner.scan('focus-first');
    await page.keyboard.press('Tab');
    await expect(page.locator('a.skip-link')).toBeFocused();
    const bar = await page.locator('.quick-exit').boundingBox();
    const skip = await page.locator('a.skip-link').boundingBox();
    expect(bar && skip && skip.y >= bar.y + bar.height, 'the skip link does not cover the bar').toBe(true);

    await open(page, '/report/check');
    await page.mouse.wheel(0, 4000);
    await page.waitForFunction(() => window.scrollY > 200);
    const top = await page.locator('.quick-exit').boundingBox();
    expect(top?.y, 'sticky at the top').toBe(0);
    const uncovered = await page.evaluate(() => {
      const link = document.querySelector('.quick-exit-link') as HTMLElement;
      const r = link.getBoundingClientRect();
      return link.contains(document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2));
    });
    expect(uncovered, 'nothing covers the control').toBe(true);
    await page.screenshot({ path: path.resolve(__dirname, '..', 'screenshots', 'violence-js-sticky.png') });
    await scanner.scan('check');

    await expectBlankedAtOnce(page, () => page.locator('a.quick-exit-link').click());
    await open(page, '/report/check');
    await Promise.all([page.waitForURL(NEUTRAL_SITE), page.locator('a.quick-exit-link').click()]);
    expectLeftProperly(seen);
    await page.goBack();
    expect(currentPath(page), 'Back does not return to the page left').not.toBe('/report/check');
    await expect(page.locator('input[name="report_for"], input[name="safe_now"]')).toHaveCount(0);
    scanner.expectClean();
  });

  test('Shift pressed three times leaves at once, but not Shift held to type capitals', async ({ page, context }) => {
    const seen = await interceptLeaving(context);
    await startToWho(page);
    await choose(page, 'report_for', 'someone-else');
    await continueTo(page, '/report/contact-choice');
    await page.locator('input[name="name"]').click();
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+C');
    await expect(page.locator('input[name="name"]')).toHaveValue('CCC');
    expect(currentPath(page), 'typing capitals does not leave').toBe('/report/contact-choice');
    // A Shift held for a capital is not one of the three.
    for (let i = 0; i < 2; i++) await page.keyboard.press('Shift');
    await page.waitForTimeout(300);
    expect(currentPath(page), 'a capital and Shift twice do not leave').toBe('/report/contact-choice');
    await expect(page.locator('input[name="name"]')).toHaveValue('CCC');
    // Any other key starts the count again.
    await page.keyboard.press('End');

    const shiftThreeTimes = async () => {
      for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
    };
    await expectBlankedAtOnce(page, shiftThreeTimes);
    await open(page, '/report/contact-choice');
    await Promise.all([page.waitForURL(NEUTRAL_SITE), shiftThreeTimes()]);
    expectLeftProperly(seen);
    await page.goBack();
    expect(currentPath(page)).not.toBe('/report/contact-choice');
    await expect(page.locator('input[name="anonymity"], input[name="name"]')).toHaveCount(0);
  });
});
