// The discrimination report in a browser without JavaScript: from the home
// page to the confirmation by clicking and typing, every step a plain form
// answered 303 (or 422 on error); axe-core (WCAG 2.2 AA) on every page,
// error states and the "elsewhere" pages included; the confirmation mail
// carries the reference and the Défenseur des droits' number.
import { expect, test, type Page } from './support/test';
import {
  ALL_LANGUAGES,
  choose,
  continueTo,
  currentPath,
  expectEnglishText,
  isoDaysAgo,
  open,
  submit,
  type,
} from './support/portal';
import { header, waitForMails } from './support/mail';
import { Scanner } from './support/scanner';

/** A discrimination reference: `DI-` and nine Crockford base32 characters. */
const REFERENCE = /DI-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]/;

/** What the reporter quotes; the markup must come back as text. */
const WORDS = '« Pas de <gens comme vous> ici » — the doorman, out loud';

/** Home → start page → first question. */
async function startFromHome(page: Page, scanner: Scanner): Promise<void> {
  await open(page, '/');
  const [response] = await Promise.all([
    page.waitForNavigation(),
    page.locator('main a[href="/discrimination"]').first().click(),
  ]);
  expect(response?.status()).toBe(200);
  expect(currentPath(page)).toBe('/discrimination');
  await expect(page.locator('main')).toContainText('3928');
  await expect(page.locator('main a[href="https://www.antidiscriminations.fr"]').first()).toBeVisible();
  await scanner.scan('start');
  await continueTo(page, '/discrimination/safety');
}

/** The safety page: an empty answer, then danger and violence, each sent elsewhere. */
async function safetyPaths(page: Page, scanner: Scanner): Promise<void> {
  await scanner.scan('safety');
  const invalid = await submit(page);
  expect(invalid.status(), 'an unanswered safety check').toBe(422);
  await expect(page.locator('.error-summary a[href="#danger"]')).toHaveCount(1);
  await scanner.scan('safety-error-422');

  await choose(page, 'danger', 'yes');
  await continueTo(page, '/discrimination/elsewhere/danger');
  for (const href of ['tel:17', 'tel:112', 'sms:114']) {
    await expect(page.locator(`main a[href="${href}"]`)).toBeVisible();
  }
  await scanner.scan('elsewhere-danger');
  await page.locator('a.back-link').click();
  expect(currentPath(page)).toBe('/discrimination/safety');

  await choose(page, 'danger', 'no');
  await choose(page, 'violence', 'yes');
  await continueTo(page, '/discrimination/elsewhere/violence');
  await expectEnglishText(page.locator('main'), 'police station or a gendarmerie');
  await scanner.scan('elsewhere-violence');
  await page.locator('a.back-link').click();

  await choose(page, 'danger', 'no');
  await choose(page, 'violence', 'no');
  await continueTo(page, '/discrimination/role');
}

/** Role, domain, criteria (with the "not sure" error), words, author. */
async function situation(page: Page, scanner: Scanner): Promise<void> {
  await scanner.scan('role');
  await choose(page, 'reporter', 'representative');
  await continueTo(page, '/discrimination/domain');
  await scanner.scan('domain');
  await choose(page, 'domain', 'goods-and-services');
  await continueTo(page, '/discrimination/criteria');
  await scanner.scan('criteria');

  await choose(page, 'criteria', 'origin');
  await choose(page, 'criteria', 'not-sure');
  const refused = await submit(page);
  expect(refused.status(), '"not sure" with another ground').toBe(422);
  await expect(page.locator('.error-summary')).toBeVisible();
  await expectEnglishText(page.locator('.error-summary'), 'cannot be ticked with another ground');
  await expect(page.locator('input[name="criteria"][value="origin"]'), 'ticks kept').toBeChecked();
  await scanner.scan('criteria-error-422');
  await page.locator('input[name="criteria"][value="not-sure"]').uncheck();
  await choose(page, 'criteria', 'place-of-residence');
  await continueTo(page, '/discrimination/words');

  await scanner.scan('words');
  await choose(page, 'words_said', 'yes');
  await type(page, 'words', WORDS);
  await continueTo(page, '/discrimination/author');
  await scanner.scan('author');
  await choose(page, 'author_kind', 'company');
  await choose(page, 'author_known', 'yes');
  await type(page, 'author_name', 'Le Club 21');
  await continueTo(page, '/discrimination/when-where');
}

/** When and where, account, witnesses, unit (searched), contact and consent. */
async function factsAndContact(page: Page, scanner: Scanner): Promise<void> {
  await scanner.scan('when-where');
  await choose(page, 'mode', 'range');
  await page.locator('input[name="from"]').fill(isoDaysAgo(10));
  await page.locator('input[name="to"]').fill(isoDaysAgo(9));
  await type(page, 'postcode', '75011');
  await type(page, 'town', 'Paris');
  await type(page, 'place', 'Nightclub entrance, rue Oberkampf');
  await continueTo(page, '/discrimination/account');
  await scanner.scan('account');
  await type(page, 'account', 'The doorman let my friends in and told my son he could not enter.');
  await continueTo(page, '/discrimination/witnesses');
  await scanner.scan('witnesses');
  await choose(page, 'any', 'yes');
  await type(page, 'details', 'Sam Martin, 06 11 22 33 44, was in the queue.');
  await continueTo(page, '/discrimination/unit');

  await expect(page.locator('input[name="unit"]').first(), 'units near the place are listed').toBeAttached();
  await scanner.scan('unit');
  await type(page, 'q', 'Lyon');
  const search = await submit(page, page.locator('button[name="intent"][value="search"]'));
  expect(search.status()).toBe(200);
  await expect(page.locator('main')).toContainText('Lyon');
  await scanner.scan('unit-search');
  await page.locator('input[name="unit"]').first().check();
  await continueTo(page, '/discrimination/contact', page.locator('button[name="intent"][value="choose"]'));

  await scanner.scan('contact');
  await expect(page.locator('input[name="consent_defenseur"]'), 'consent is not ticked for the citizen').not.toBeChecked();
  await type(page, 'represented_name', 'Yanis Benali');
  await type(page, 'surname', 'Benali');
  await type(page, 'given_names', 'Nadia');
  await type(page, 'address', '4 rue Paul Bert');
  await type(page, 'postcode', '69003');
  await type(page, 'town', 'Lyon');
  await type(page, 'email', 'nadia@');
  const invalid = await submit(page);
  expect(invalid.status(), 'a bad email').toBe(422);
  await expect(page.locator('input[name="email"]'), 'the typed email is kept').toHaveValue('nadia@');
  await expect(page.locator('input[name="represented_name"]')).toHaveValue('Yanis Benali');
  await scanner.scan('contact-error-422');
  await type(page, 'email', 'nadia.benali.e2e@example.org');
  await page.locator('input[name="consent_defenseur"]').check();
  await continueTo(page, '/discrimination/check');
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a report goes from the start page to the confirmation, every page passing axe-core', { tag: ALL_LANGUAGES }, async ({ page, browser }) => {
    const scanner = await Scanner.open(page, browser, 'discrimination');
    await startFromHome(page, scanner);
    await safetyPaths(page, scanner);
    await situation(page, scanner);
    await factsAndContact(page, scanner);

    await scanner.scan('check');
    const main = page.locator('main');
    for (const answer of [WORDS, 'Le Club 21', 'Yanis Benali']) {
      await expect(main, `the check page shows "${answer}"`).toContainText(answer);
    }
    for (const answer of ['Origin', 'Place of residence', 'Pass the file on as well']) {
      await expectEnglishText(main, answer, `the check page shows "${answer}"`);
    }
    // A Change link leads to its step and Continue comes back.
    await page.locator('.summary-action a[href="/discrimination/author?from=check"]').click();
    expect(currentPath(page)).toBe('/discrimination/author');
    await expect(page.locator('input[name="author_name"]')).toHaveValue('Le Club 21');
    await type(page, 'author_name', 'Le Club 22');
    await continueTo(page, '/discrimination/check');
    await expect(main).toContainText('Le Club 22');

    const refused = await submit(page);
    expect(refused.status(), 'sending without the declaration').toBe(422);
    await scanner.scan('check-error-422');
    await page.locator('input[name="declaration"][value="yes"]').check();
    await continueTo(page, '/discrimination/confirmation');
    await expect(page.locator('.reference')).toHaveText(REFERENCE);
    const reference = (await page.locator('.reference').innerText()).trim();
    await expect(main.locator('a[href="tel:3928"]').first()).toBeVisible();
    await expect(main).toContainText('antidiscriminations.fr');
    await scanner.scan('confirmation');

    const mails = await waitForMails(reference, 15_000);
    expect(mails.length, `one mail with ${reference}`).toBe(1);
    expect(mails[0].text).toContain('3928');
    expect(`${header(mails[0].raw, 'X-RcptTo')} ${header(mails[0].raw, 'To')}`).toContain('nadia.benali.e2e@example.org');

    expect(scanner.scanned.length).toBeGreaterThanOrEqual(20);
    scanner.expectClean();
  });
});
