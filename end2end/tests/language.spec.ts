// The language switch: plain links in nav.language-switch, no script needed.
// Switching keeps the visitor on the same page with their draft intact,
// changes <html lang>, and the choice sticks for the next pages.
import { expect, test, type Page } from './support/test';
import { choose, continueTo, currentPath, fillIdentity, open, snap, startToDeclarant } from './support/portal';

test.use({ javaScriptEnabled: false });

/** Follows the switch link to `lang` and checks where it lands. */
async function switchTo(page: Page, lang: 'fr' | 'en', expectedPath: string): Promise<void> {
  const link = page.locator(`nav.language-switch a[hreflang="${lang}"], nav.language-switch a[href^="/language/${lang}"]`).first();
  await expect(link).toHaveAttribute('href', new RegExp(`^/language/${lang}\\?back=`));
  const [response] = await Promise.all([page.waitForNavigation(), link.click()]);
  expect(response?.status()).toBe(200);
  const redirect = response?.request().redirectedFrom();
  expect(redirect, 'the switch answers with a redirect back').toBeTruthy();
  expect(currentPath(page), `switching to ${lang} stays on the page`).toBe(expectedPath);
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
  await expect(page.locator(`nav.language-switch a[aria-current="true"]`)).toHaveAttribute('href', new RegExp(`^/language/${lang}\\?`));
}

test('the home page switches to French and back', async ({ page }) => {
  await open(page, '/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const englishHeading = await page.locator('h1').innerText();

  await switchTo(page, 'fr', '/');
  const frenchHeading = await page.locator('h1').innerText();
  expect(frenchHeading, 'the heading is translated').not.toBe(englishHeading);
  await snap(page, 'language-home-fr');

  await switchTo(page, 'en', '/');
  expect(await page.locator('h1').innerText()).toBe(englishHeading);
});

test('switching language on a step keeps the draft, and the choice sticks', async ({ page }) => {
  await startToDeclarant(page);
  await choose(page, 'declarant', 'myself');
  await continueTo(page, '/pre-complaint/identity');
  await fillIdentity(page, { surname: 'Lefèvre', givenNames: 'Noé', email: 'noe.lefevre@example.org' });
  await continueTo(page, '/pre-complaint/when');
  await open(page, '/pre-complaint/identity');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const continueEn = (await page.locator('main form button.button').first().innerText()).trim();
  expect(continueEn).toBe('Continue');

  await switchTo(page, 'fr', '/pre-complaint/identity');
  await snap(page, 'language-identity-fr');
  const continueFr = (await page.locator('main form button.button').first().innerText()).trim();
  expect(continueFr, 'the button is translated').not.toBe(continueEn);
  await expect(page.locator('input[name="surname"]')).toHaveValue('Lefèvre');
  await expect(page.locator('input[name="given_names"]')).toHaveValue('Noé');
  await expect(page.locator('input[name="email"]')).toHaveValue('noe.lefevre@example.org');
  await expect(page.locator('input[name="birth_date"]')).toHaveValue('1990-04-12');

  // The choice sticks although the browser asks for English.
  await open(page, '/pre-complaint/declarant');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.locator('input[name="declarant"][value="myself"]')).toBeChecked();

  await switchTo(page, 'en', '/pre-complaint/declarant');
  await expect(page.locator('input[name="declarant"][value="myself"]')).toBeChecked();
  await open(page, '/pre-complaint/identity');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('input[name="surname"]')).toHaveValue('Lefèvre');

  // The draft still goes on from where it was.
  await continueTo(page, '/pre-complaint/when');
});

test('without a choice, a visitor whose language is not offered gets French', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, locale: 'ja-JP', javaScriptEnabled: false });
  const page = await context.newPage();
  await open(page, '/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await context.close();
});

test('a visitor asking for Arabic gets it, right to left', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, locale: 'ar-MA', javaScriptEnabled: false });
  const page = await context.newPage();
  await open(page, '/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('nav.language-switch a')).toHaveCount(10);
  await context.close();
});
