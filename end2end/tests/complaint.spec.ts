// The online complaint with an identity verified by a real OpenID Connect
// provider (oidc-provider, started by playwright.config.ts), and "save and
// continue later" through the emailed link; all without script, with
// axe-core on every page of the portal (the provider's own sign-in pages
// are not the portal's and are not scanned).
import { expect, test, type Page } from './support/test';
import { baseURL } from '../playwright.config';
import { waitForMails } from './support/mail';
import { Scanner } from './support/scanner';
import {
  ALL_LANGUAGES,
  choose,
  continueTo,
  currentPath,
  expectEnglishText,
  isoDaysAgo,
  itemsContinue,
  open,
  startToDeclarant,
  submit,
  testLocale,
  type,
} from './support/portal';

test.use({ javaScriptEnabled: false });

const COMPLAINT_REFERENCE = /PL-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]/;

/** From the start page, through the provider's sign-in, to its consent page. */
async function signInAtProvider(page: Page, scanner: Scanner, login: string): Promise<void> {
  await open(page, '/complaint');
  await scanner.scan('start');
  await Promise.all([page.waitForNavigation(), page.locator('main form button').click()]);
  expect(page.url().startsWith(baseURL), 'the browser left for the provider').toBe(false);
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill('any password');
  await Promise.all([page.waitForNavigation(), page.locator('button[type="submit"]').click()]);
}

test('a complaint filed online with a verified identity, without script', { tag: ALL_LANGUAGES }, async ({ page, browser }) => {
  const scanner = await Scanner.open(page, browser, 'complaint');
  await signInAtProvider(page, scanner, 'camille');
  await Promise.all([page.waitForNavigation(), page.locator('button[type="submit"]').click()]);
  expect(currentPath(page)).toBe('/complaint/callback');
  expect(page.url(), 'nothing of the answer stays in the portal URL after it').toContain('state=');
  await expectEnglishText(page.locator('h1'), 'Your identity is verified');
  await expect(page.locator('main')).toContainText('Camille Martin');
  await scanner.scan('verified');

  await Promise.all([page.waitForNavigation(), page.locator('main a.button').click()]);
  expect(currentPath(page)).toBe('/pre-complaint/eligibility');
  await expect(page.locator('.step-indicator')).toContainText('10');
  await expectEnglishText(page.locator('.step-indicator'), 'Step 1 of 10');
  await choose(page, 'emergency', 'no');
  await choose(page, 'known_perpetrator', 'no');
  await choose(page, 'violence', 'no');
  await continueTo(page, '/pre-complaint/declarant');
  await choose(page, 'declarant', 'myself');
  await continueTo(page, '/pre-complaint/identity');
  await expect(page.locator('input[name="surname"]')).toHaveValue('Martin');
  await expect(page.locator('input[name="surname"]')).not.toBeEditable();
  await expect(page.locator('input[name="birth_date"]')).not.toBeEditable();
  await expect(page.locator('input[name="email"]')).toHaveValue('camille.martin@example.fr');
  await scanner.scan('identity');
  await type(page, 'birth_place', 'Nantes');
  await type(page, 'address', '12 quai de la Fosse');
  await type(page, 'postcode', '44000');
  await type(page, 'town', 'Nantes');
  await continueTo(page, '/pre-complaint/when');
  await choose(page, 'mode', 'exact');
  await page.locator('input[name="date"]').fill(isoDaysAgo(2));
  await continueTo(page, '/pre-complaint/place');
  await choose(page, 'kind', 'home');
  await type(page, 'postcode', '44000');
  await type(page, 'town', 'Nantes');
  await continueTo(page, '/pre-complaint/facts');
  await choose(page, 'offence', 'burglary');
  await type(page, 'account', 'The door was forced while I was away; a laptop was taken.');
  await continueTo(page, '/pre-complaint/items');
  await choose(page, 'add_item', 'no');
  await continueTo(page, '/pre-complaint/perpetrator', itemsContinue(page));
  await choose(page, 'seen', 'no');
  await continueTo(page, '/pre-complaint/witnesses');
  await choose(page, 'any', 'no');
  await continueTo(page, '/pre-complaint/unit');
  await expectEnglishText(page.locator('h1'), 'Which unit should deal with your complaint?');
  await scanner.scan('unit');
  await page.locator('input[name="unit"]').first().check();
  await continueTo(page, '/pre-complaint/check', page.locator('button[name="intent"][value="choose"]'));
  await expectEnglishText(page.locator('main'), 'Verified online');
  await scanner.scan('check');
  await page.locator('input[name="declaration"][value="yes"]').check();
  await continueTo(page, '/pre-complaint/confirmation');
  await expect(page.locator('.reference')).toHaveText(COMPLAINT_REFERENCE);
  await expectEnglishText(page.locator('main'), 'you do not need to go anywhere to sign');
  await scanner.scan('confirmation');
  scanner.expectClean();
});

test('stopping at the provider verifies nothing and offers the pre-complaint', { tag: ALL_LANGUAGES }, async ({ page, browser }) => {
  const scanner = await Scanner.open(page, browser, 'complaint');
  await signInAtProvider(page, scanner, 'dominique');
  await Promise.all([page.waitForNavigation(), page.locator('a[href*="abort"]').click()]);
  expect(currentPath(page)).toBe('/complaint/callback');
  await expectEnglishText(page.locator('h1'), 'Your identity has not been verified');
  await expect(page.locator('main a[href="/pre-complaint"]')).toBeVisible();
  await scanner.scan('refused');
  scanner.expectClean();
});

test('answers saved for later reopen once from the emailed link, in another browser', { tag: ALL_LANGUAGES }, async ({ page, browser }) => {
  const scanner = await Scanner.open(page, browser, 'save-for-later');
  await startToDeclarant(page);
  await choose(page, 'declarant', 'myself');
  await continueTo(page, '/pre-complaint/identity');
  const email = `later-${Date.now()}@example.fr`;
  await Promise.all([page.waitForNavigation(), page.locator('.save-for-later a').click()]);
  expect(currentPath(page)).toBe('/save-for-later');
  await scanner.scan('save-for-later');
  await type(page, 'email', 'not an address');
  const refused = await submit(page);
  expect(refused.status()).toBe(422);
  await expect(page.locator('.error-summary')).toBeVisible();
  await scanner.scan('save-for-later-error');
  await type(page, 'email', email);
  const sent = await submit(page);
  expect(sent.status()).toBe(200);
  await expect(page.locator('main')).toContainText(email);
  await scanner.scan('save-for-later-sent');

  const mails = await waitForMails(email);
  expect(mails.length, `a mail to ${email}`).toBeGreaterThan(0);
  const links = [...mails[0].text.matchAll(/https?:\/\/[^\s"'<>]+\/resume\/[0-9a-f]{64}/g)].map((m) => m[0]);
  expect(links.length, 'the link in the mail').toBeGreaterThan(0);
  const link = links[0];

  const other = await (await browser.newContext({ javaScriptEnabled: false, locale: testLocale() })).newPage();
  await open(other, link);
  await scanner.scan('resume', other);
  await Promise.all([other.waitForNavigation(), other.locator('main form button').click()]);
  expect(currentPath(other), 'back where the answers stopped').toBe('/pre-complaint/identity');
  await expect(other.locator('input[name="declarant"]').first()).toHaveCount(0);
  await open(other, link, 410);
  await scanner.scan('resume-gone', other);
  scanner.expectClean();
});
