// Shared steps of the browser tests: submitting a form and checking the
// post/redirect/get answer, filling each page of the pre-complaint flow,
// screenshots and the axe-core scan.
import { expect, test, type Locator, type Page, type Response } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import fs from 'node:fs';
import path from 'node:path';

/** A pre-complaint reference: `PP-` and nine Crockford base32 characters. */
export const REFERENCE = /PP-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]/;

/** The axe-core rule sets every page must pass. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** The tag of the tests every language project runs (see playwright.config.ts). */
export const ALL_LANGUAGES = '@all-languages';

/** The locale of the running test's browser (its project's), e.g. `ar` or `fr-FR`. */
export function testLocale(): string {
  return test.info().project.use.locale ?? 'en-GB';
}

/** The language the portal should answer the running test in: `en`, `fr` or `ar`. */
export function testLanguage(): string {
  return testLocale().split('-')[0];
}

/**
 * Asserts `text` in `locator` when the test runs in English. The wording of
 * the other languages is checked by the catalogue tests; the walks in every
 * language assert statuses, paths, fields and user-typed values.
 */
export async function expectEnglishText(locator: Locator, text: string | RegExp, message?: string): Promise<void> {
  if (testLanguage() === 'en') await expect(locator, message).toContainText(text);
}

/** Asserts `<html lang>` is the test's language, and `dir="rtl"` exactly for Arabic. */
export async function expectPageLanguage(page: Page): Promise<void> {
  const lang = testLanguage();
  const html = page.locator('html');
  await expect(html, `<html lang> of ${page.url()}`).toHaveAttribute('lang', lang);
  if (lang === 'ar') await expect(html, `dir of ${page.url()}`).toHaveAttribute('dir', 'rtl');
  else expect(await html.getAttribute('dir'), `dir of ${page.url()}`).not.toBe('rtl');
}

/**
 * Asserts what mirrors in Arabic and what must not: the Back link sits at
 * the start edge of its column (right in Arabic) with its chevron pointing
 * that way; the "Leave this site" control sits at the end of its bar (left
 * in Arabic, right otherwise); references and follow-up codes are isolated
 * (`<bdi>`), so they read left to right inside Arabic text.
 */
export async function expectMirroring(page: Page): Promise<void> {
  const rtl = testLanguage() === 'ar';
  const back = page.locator('a.back-link');
  if (await back.count()) {
    const edges = await back.first().evaluate((link) => {
      // The edges of the content box of the column the link is in.
      const parent = link.parentElement as HTMLElement;
      const column = parent.getBoundingClientRect();
      const style = getComputedStyle(parent);
      const left = column.left + parseFloat(style.borderLeftWidth) + parseFloat(style.paddingLeft);
      const right = column.right - parseFloat(style.borderRightWidth) - parseFloat(style.paddingRight);
      const box = link.getBoundingClientRect();
      return {
        fromLeft: box.left - left,
        fromRight: right - box.right,
        chevron: getComputedStyle(link, '::before').content,
      };
    });
    const fromStart = rtl ? edges.fromRight : edges.fromLeft;
    expect(fromStart, `the Back link starts its line on ${page.url()}`).toBeLessThan(2);
    expect(edges.chevron, 'the Back chevron points to the start of the line').toBe(rtl ? '"›"' : '"‹"');
  }
  const leave = page.locator('a.quick-exit-link');
  if (await leave.count()) {
    const side = await leave.first().evaluate((link) => {
      const box = link.getBoundingClientRect();
      return box.left + box.width / 2 < document.documentElement.clientWidth / 2 ? 'left' : 'right';
    });
    expect(side, `"Leave this site" on ${page.url()}`).toBe(rtl ? 'left' : 'right');
  }
  for (const value of await page.locator('.reference, .follow-up-code').all()) {
    await expect(value.locator('bdi'), 'a reference or code is isolated in <bdi>').toHaveCount(1);
  }
}

const SCREENSHOT_DIR = path.resolve(__dirname, '..', '..', 'screenshots');

/** The `YYYY-MM-DD` of `days` days ago (UTC), safely in the past anywhere. */
export function isoDaysAgo(days: number): string {
  return new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
}

/** The path of the page currently shown. */
export function currentPath(page: Page): string {
  return new URL(page.url()).pathname;
}

/** Saves a full-page screenshot under end2end/screenshots/ for a human to look at. */
export async function snap(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = name.replace(/[^a-zA-Z0-9._-]+/g, '_') + '.png';
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, file), fullPage: true });
}

/** The primary button of the page's main form (not a Remove button, not a secondary one). */
export function primaryButton(page: Page): Locator {
  return page.locator('main form:not([action$="/remove"]) button.button:not(.button-secondary)').first();
}

/**
 * Clicks a submit button and waits for the page it leads to.
 * Returns the response of the final document (after any redirect).
 */
export async function submit(page: Page, button: Locator = primaryButton(page)): Promise<Response> {
  const [response] = await Promise.all([page.waitForNavigation(), button.click()]);
  if (!response) throw new Error(`submitting on ${page.url()} gave no response`);
  return response;
}

/** The text of the error summary, to explain an unexpected 422. */
async function errorSummaryText(page: Page): Promise<string> {
  const summary = page.locator('.error-summary');
  return (await summary.count()) ? (await summary.innerText()).replace(/\s+/g, ' ') : '(no error summary)';
}

/**
 * Asserts the post/redirect/get contract of a successful step: the POST was
 * answered with 303 and the browser now shows `expectedPath` with 200.
 */
export async function expectRedirected(page: Page, response: Response, expectedPath: string): Promise<void> {
  const post = response.request().redirectedFrom();
  if (!post) {
    throw new Error(
      `expected a 303 to ${expectedPath}, got ${response.status()} at ${page.url()}: ${await errorSummaryText(page)}`,
    );
  }
  expect(post.method(), 'the step is a form POST').toBe('POST');
  expect((await post.response())?.status(), `status of POST ${post.url()}`).toBe(303);
  expect(currentPath(page), `page after POST ${post.url()}`).toBe(expectedPath);
  expect(response.status(), `status of GET ${response.url()}`).toBe(200);
}

/** Submits the current page and asserts it redirects to `expectedPath`. */
export async function continueTo(page: Page, expectedPath: string, button?: Locator): Promise<void> {
  const response = await submit(page, button);
  await expectRedirected(page, response, expectedPath);
}

/** Ticks the radio or checkbox `name=value`. */
export async function choose(page: Page, name: string, value: string): Promise<void> {
  await page.locator(`input[name="${name}"][value="${value}"]`).check();
}

/** Types into the text input or textarea `name`. */
export async function type(page: Page, name: string, value: string): Promise<void> {
  await page.locator(`input[name="${name}"], textarea[name="${name}"]`).fill(value);
}

/** Opens `path` with a GET and asserts the status. */
export async function open(page: Page, url: string, status = 200): Promise<Response> {
  const response = await page.goto(url);
  if (!response) throw new Error(`no response for ${url}`);
  expect(response.status(), `status of GET ${url}`).toBe(status);
  return response;
}

/** Runs axe-core with the WCAG 2.2 AA tags; returns the violations, printable. */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return results.violations.map((v) => {
    const nodes = v.nodes
      .slice(0, 5)
      .map((n) => `      ${n.target.join(' ')}: ${n.failureSummary?.replace(/\s+/g, ' ') ?? ''}`)
      .join('\n');
    return `  [${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})\n${nodes}`;
  });
}

/** What the declarant types on the identity page. */
export interface Person {
  surname: string;
  givenNames: string;
  email: string;
}

/** Choices that shape one run through the pre-complaint flow. */
export interface FlowOptions {
  person: Person;
  /** Screenshot name prefix; no screenshots when absent. */
  shots?: string;
  /** Called on each page once it is shown, with a short name (for axe scans). */
  onPage?: (name: string) => Promise<void>;
}

async function shown(page: Page, options: FlowOptions, name: string): Promise<void> {
  if (options.shots) await snap(page, `${options.shots}-${name}`);
  if (options.onPage) await options.onPage(name);
}

/** Home → start → eligibility (all "no") → declarant page. */
export async function startToDeclarant(page: Page, options?: FlowOptions): Promise<void> {
  const o = options ?? { person: { surname: '', givenNames: '', email: '' } };
  await open(page, '/');
  await shown(page, o, 'home');
  const [startResponse] = await Promise.all([
    page.waitForNavigation(),
    page.locator('main a[href="/pre-complaint"]').first().click(),
  ]);
  expect(startResponse?.status()).toBe(200);
  expect(currentPath(page)).toBe('/pre-complaint');
  await shown(page, o, 'start');
  await continueTo(page, '/pre-complaint/eligibility');
  await shown(page, o, 'eligibility');
  await choose(page, 'emergency', 'no');
  await choose(page, 'known_perpetrator', 'no');
  await choose(page, 'violence', 'no');
  await continueTo(page, '/pre-complaint/declarant');
  await shown(page, o, 'declarant');
}

/** Fills the identity page of someone declaring for themselves. */
export async function fillIdentity(page: Page, person: Person): Promise<void> {
  await type(page, 'surname', person.surname);
  await type(page, 'given_names', person.givenNames);
  await page.locator('input[name="birth_date"]').fill('1990-04-12');
  await type(page, 'birth_place', 'Lille');
  await type(page, 'address', '12 rue de la Roquette');
  await type(page, 'postcode', '75011');
  await type(page, 'town', 'Paris');
  await type(page, 'email', person.email);
  await type(page, 'phone', '06 12 34 56 78');
}

/**
 * The whole flow with JavaScript or without, declaring for oneself: exact
 * date and time, a street in Paris, a theft, a phone and a vehicle, nobody
 * seen, no witness, a unit found by searching "Lyon". Ends on the check page.
 */
export async function flowMyselfToCheck(page: Page, o: FlowOptions): Promise<void> {
  await startToDeclarant(page, o);
  await choose(page, 'declarant', 'myself');
  await continueTo(page, '/pre-complaint/identity');
  await shown(page, o, 'identity');
  await fillIdentity(page, o.person);
  await continueTo(page, '/pre-complaint/when');
  await shown(page, o, 'when');

  await choose(page, 'mode', 'exact');
  await page.locator('input[name="date"]').fill(isoDaysAgo(3));
  await page.locator('input[name="time"]').fill('14:30');
  await continueTo(page, '/pre-complaint/place');
  await shown(page, o, 'place');

  await choose(page, 'kind', 'street');
  await type(page, 'address', 'Place de la Bastille');
  await type(page, 'postcode', '75011');
  await type(page, 'town', 'Paris');
  await continueTo(page, '/pre-complaint/facts');
  await shown(page, o, 'facts');

  await choose(page, 'offence', 'theft');
  await type(page, 'account', 'My bag was taken from the café terrace while I was paying.');
  await continueTo(page, '/pre-complaint/items');
  await shown(page, o, 'items-empty');

  await addItem(page, 'phone', async () => {
    await type(page, 'brand', 'Fairphone');
    await type(page, 'model', 'FP5');
    await type(page, 'imei', '490154203237518');
  }, o);
  await expect(page.locator('main')).toContainText('Fairphone');

  await addItem(page, 'vehicle', async () => {
    await expect(page.locator('main'), 'the vehicle step warns about liability').toContainText(/liab|responsib/i);
    await type(page, 'plate', 'AB-123-CD');
    await type(page, 'brand', 'Renault');
    await type(page, 'model', 'Clio');
    await type(page, 'colour', 'Blue');
  }, o);
  await expect(page.locator('main')).toContainText('AB-123-CD');
  await expect(page.locator('main')).toContainText('Fairphone');
  await shown(page, o, 'items-two');

  await choose(page, 'add_item', 'no');
  await continueTo(page, '/pre-complaint/perpetrator', itemsContinue(page));
  await shown(page, o, 'perpetrator');
  await choose(page, 'seen', 'no');
  await continueTo(page, '/pre-complaint/witnesses');
  await shown(page, o, 'witnesses');
  await choose(page, 'any', 'no');
  await continueTo(page, '/pre-complaint/unit');
  await shown(page, o, 'unit');

  await expect(page.locator('input[name="unit"]').first(), 'units near the incident are listed at once').toBeAttached();
  await searchUnits(page, 'Lyon');
  await shown(page, o, 'unit-search');
  await page.locator('input[name="unit"]').first().check();
  await continueTo(page, '/pre-complaint/appointment', page.locator('button[name="intent"][value="choose"]'));
  await shown(page, o, 'appointment');

  await choose(page, 'days', 'mon');
  await choose(page, 'days', 'wed');
  await choose(page, 'time_of_day', 'morning');
  await continueTo(page, '/pre-complaint/check');
  await shown(page, o, 'check');
}

/** The shortest way to the items page: myself, a date, a home in Marseille, a theft. */
export async function flowToItems(page: Page, person: Person): Promise<void> {
  await startToDeclarant(page);
  await choose(page, 'declarant', 'myself');
  await continueTo(page, '/pre-complaint/identity');
  await fillIdentity(page, person);
  await continueTo(page, '/pre-complaint/when');
  await choose(page, 'mode', 'exact');
  await page.locator('input[name="date"]').fill(isoDaysAgo(2));
  await continueTo(page, '/pre-complaint/place');
  await choose(page, 'kind', 'home');
  await type(page, 'postcode', '13001');
  await type(page, 'town', 'Marseille');
  await continueTo(page, '/pre-complaint/facts');
  await choose(page, 'offence', 'theft');
  await type(page, 'account', 'Taken from the hall.');
  await continueTo(page, '/pre-complaint/items');
}

/** The Continue button of the items page (not one of the Remove buttons). */
export function itemsContinue(page: Page): Locator {
  return page.locator('main form:has(input[name="add_item"]) button.button');
}

/** From the items page: add one item of `kind`, fill its page, save, back on the items page. */
export async function addItem(page: Page, kind: string, fill: () => Promise<void>, o?: FlowOptions): Promise<void> {
  expect(currentPath(page)).toBe('/pre-complaint/items');
  await choose(page, 'add_item', 'yes');
  await continueTo(page, '/pre-complaint/items/new', itemsContinue(page));
  if (o) await shown(page, o, 'item-kind');
  await choose(page, 'kind', kind);
  await continueTo(page, `/pre-complaint/items/new/${kind}`);
  if (o) await shown(page, o, `item-${kind}`);
  await fill();
  await continueTo(page, '/pre-complaint/items');
}

/** Searches units on the unit page; the answer is the same page, status 200, with radios. */
export async function searchUnits(page: Page, query: string): Promise<void> {
  await type(page, 'q', query);
  const response = await submit(page, page.locator('button[name="intent"][value="search"]'));
  const finalStatus = response.status();
  expect(finalStatus, `search "${query}" answers with the unit page`).toBe(200);
  expect(currentPath(page)).toBe('/pre-complaint/unit');
  await expect(page.locator('input[name="unit"]').first(), `units found for "${query}"`).toBeAttached();
  await expect(page.locator('main')).toContainText(query);
}

/** On the check page: tick the declaration and send; returns the reference shown. */
export async function sendFromCheck(page: Page): Promise<string> {
  expect(currentPath(page)).toBe('/pre-complaint/check');
  await page.locator('input[name="declaration"][value="yes"]').check();
  await continueTo(page, '/pre-complaint/confirmation');
  return confirmationReference(page);
}

/** The reference shown on the confirmation page, checked against the format. */
export async function confirmationReference(page: Page): Promise<string> {
  const reference = page.locator('.reference');
  await expect(reference).toHaveText(REFERENCE);
  const text = (await reference.innerText()).match(REFERENCE);
  if (!text) throw new Error('no reference on the confirmation page');
  return text[0];
}
