// The orientation without JavaScript: from the home page, a few questions
// lead to the right place; and axe-core (WCAG 2.2 AA) on every question page,
// the error state, every destination page and every information page.
// axe-core runs inside the page, so its scan alone has script enabled; the
// pages carry no script of their own, so what it scans is what a visitor
// without script gets.
import { expect, test, type Page } from './support/test';
import { ALL_LANGUAGES, choose, continueTo, currentPath, open, snap, submit } from './support/portal';
import { Scanner } from './support/scanner';


const DESTINATIONS = [
  'emergency',
  'pre-complaint',
  'online-complaint',
  'discrimination',
  'support',
  'internet',
  'defenseur-des-droits',
  'station-known-author',
  'station-violence',
  'station-other',
];

const GUIDES = ['pre-complaint', 'what-to-bring', 'data-retention', 'anonymity', 'support-numbers'];


/** The question the page asks (the hidden `question` field of its form). */
async function askedQuestion(page: Page): Promise<string | null> {
  return page.locator('main form input[name="question"]').getAttribute('value');
}

/** Home page → the orientation's first question, by clicking. */
async function startFromHome(page: Page): Promise<void> {
  await open(page, '/');
  const [response] = await Promise.all([
    page.waitForNavigation(),
    page.locator('.orientation-start a[href="/orientation"]').click(),
  ]);
  expect(response?.status()).toBe(200);
  expect(currentPath(page)).toBe('/orientation');
  expect(await askedQuestion(page)).toBe('danger');
}

/** Answers the question on the page; the next question comes back (200) on the same URL. */
async function answer(page: Page, name: string, value: string, next: string): Promise<void> {
  await choose(page, name, value);
  const response = await submit(page);
  expect(response.status(), `after ${name}=${value}`).toBe(200);
  expect(page.url(), 'no answer in the URL').not.toContain('?');
  expect(currentPath(page)).toBe('/orientation');
  expect(await askedQuestion(page)).toBe(next);
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('property, not online, unknown author, no FranceConnect → the pre-complaint', async ({ page }) => {
    await startFromHome(page);
    await answer(page, 'danger', 'no', 'what');
    await answer(page, 'what', 'property', 'internet');
    await answer(page, 'internet', 'no', 'known');
    await answer(page, 'known', 'no', 'identity');
    await choose(page, 'identity', 'no');
    await continueTo(page, '/orientation/result/pre-complaint');
    await expect(page.locator('h1')).toHaveText('Make a pre-complaint online');
    await snap(page, 'orientation-path-pre-complaint');
    const [response] = await Promise.all([
      page.waitForNavigation(),
      page.locator('main a.button[href="/pre-complaint"]').click(),
    ]);
    expect(response?.status()).toBe(200);
    expect(currentPath(page)).toBe('/pre-complaint');
  });

  test('discrimination → the discrimination report and the Défenseur des droits', async ({ page }) => {
    await startFromHome(page);
    await answer(page, 'danger', 'no', 'what');
    await choose(page, 'what', 'discrimination');
    await continueTo(page, '/orientation/result/discrimination');
    await expect(page.locator('main a[href="/discrimination"]')).toBeVisible();
    await expect(page.locator('main a[href="tel:3928"]')).toBeVisible();
    await expect(page.locator('main')).toContainText('antidiscriminations.fr');
  });

  test('danger now → the emergency numbers', async ({ page }) => {
    await startFromHome(page);
    await choose(page, 'danger', 'yes');
    await continueTo(page, '/orientation/result/emergency');
    for (const href of ['tel:17', 'tel:112', 'sms:114', 'tel:15', 'tel:18']) {
      await expect(page.locator(`main a[href="${href}"]`)).toBeVisible();
    }
  });

  test('Back reopens the previous question with its answer, and an empty answer is an error', async ({ page }) => {
    await startFromHome(page);
    await answer(page, 'danger', 'no', 'what');
    const back = await submit(page, page.locator('form.back-form button'));
    expect(back.status()).toBe(200);
    expect(await askedQuestion(page)).toBe('danger');
    await expect(page.locator('input[name="danger"][value="no"]')).toBeChecked();
    await answer(page, 'danger', 'no', 'what');
    const invalid = await submit(page);
    expect(invalid.status()).toBe(422);
    await expect(page.locator('.error-summary')).toContainText('Choose what happened.');
    expect(await askedQuestion(page)).toBe('what');
  });

  test('the support page has a neutral URL and title', async ({ page }) => {
    await startFromHome(page);
    await answer(page, 'danger', 'no', 'what');
    await choose(page, 'what', 'sexual-violence');
    await continueTo(page, '/orientation/result/support');
    expect(await page.title()).toMatch(/^Help and support/);
    expect(page.url()).not.toMatch(/sex/i);
    await expect(page.locator('main a[href="tel:3919"]')).toBeVisible();
  });
});

test('every orientation page passes axe-core', { tag: ALL_LANGUAGES }, async ({ page }) => {
  const scanner = Scanner.inPlace(page, 'orientation');
  await open(page, '/');
  await scanner.scan('home');
  await startFromHome(page);
  await scanner.scan('q-danger');
  await answer(page, 'danger', 'no', 'what');
  await scanner.scan('q-what');
  const invalid = await submit(page);
  expect(invalid.status()).toBe(422);
  await scanner.scan('q-what-error-422');
  await answer(page, 'what', 'property', 'internet');
  await scanner.scan('q-internet');
  await answer(page, 'internet', 'no', 'known');
  await scanner.scan('q-known');
  await answer(page, 'known', 'no', 'identity');
  await scanner.scan('q-identity');

  for (const slug of DESTINATIONS) {
    await open(page, `/orientation/result/${slug}`);
    await expect(page.locator('h1')).toHaveCount(1);
    await scanner.scan(`result-${slug}`);
  }
  for (const slug of GUIDES) {
    await open(page, `/guide/${slug}`);
    await expect(page.locator('h1')).toHaveCount(1);
    await scanner.scan(`guide-${slug}`);
  }
  await open(page, '/orientation/result/nope', 404);

  expect(scanner.scanned.length).toBe(1 + 6 + DESTINATIONS.length + GUIDES.length);
  scanner.expectClean();
});
