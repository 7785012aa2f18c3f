// The whole pre-complaint with the keyboard only: no mouse, no fill(),
// check() or click(). Tab and Shift+Tab move, arrow keys answer radio
// groups, Space ticks checkboxes, Enter follows links and presses buttons,
// and text is typed into the focused field. At every stop the focused
// element is the expected one and shows a focus indicator; the error state
// is reached too (the error summary takes focus, its links take focus to
// the field in error).
import { expect, test, type Page } from './support/test';
import { confirmationReference, currentPath, isoDaysAgo, open, REFERENCE } from './support/portal';
import {
  activate,
  chooseRadio,
  expectFocus,
  pressAndLoad,
  tabTo,
  tick,
  typeInto,
} from './support/keyboard';

/** The Continue button of a step's form. */
const CONTINUE = 'main form:not([action$="/remove"]) button.button:not(.button-secondary):not([value="search"])';

/**
 * A `YYYY-MM-DD` date as typed into a date field: Chromium lays the field
 * out in its own interface language (en-US in these runs: month, day,
 * year), whatever the page's locale; typing each part moves to the next.
 * The test checks the resulting value, so another layout fails loudly.
 */
function typedDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${m}${d}${y}`;
}

/** Tabs to Continue, presses Enter, and expects the post/redirect/get to land on `path`. */
async function continueTo(page: Page, path: string, selector = CONTINUE): Promise<void> {
  const response = await activate(page, selector, `Continue towards ${path}`);
  expect(currentPath(page), `Continue leads to ${path}`).toBe(path);
  expect(response.status()).toBe(200);
}

test('the pre-complaint from the home page to its reference, keyboard only', async ({ page }) => {
  // A whole flow key by key: more than the default time on a busy machine.
  test.slow();
  // Home: the skip link is the first stop and moves focus to the content.
  await open(page, '/');
  await tabTo(page, 'a.skip-link', 'the skip link', { max: 1 });
  await expect(page.locator(':focus')).toHaveText(/skip to main content/i);
  await page.keyboard.press('Enter');
  expect(await page.evaluate(() => document.activeElement?.id), 'the skip link focuses <main>').toBe('main');
  // The next Tab goes on from the content, not from the top of the page.
  await tabTo(page, 'main a', 'the first link of the content', { max: 1 });

  const start = await activate(page, 'main a[href="/pre-complaint"]', 'the pre-complaint link');
  expect(start.status()).toBe(200);
  expect(currentPath(page)).toBe('/pre-complaint');
  await continueTo(page, '/pre-complaint/eligibility', 'main form button.button-start');

  // Shift+Tab comes back from Continue to the last radio group.
  await chooseRadio(page, 'emergency', 'no');
  await chooseRadio(page, 'known_perpetrator', 'no');
  await chooseRadio(page, 'violence', 'no');
  await tabTo(page, CONTINUE, 'Continue');
  await tabTo(page, 'input[name="violence"][value="no"]', 'the checked answer, going back', { max: 1, backwards: true });
  await continueTo(page, '/pre-complaint/declarant');

  await chooseRadio(page, 'declarant', 'myself');
  await continueTo(page, '/pre-complaint/identity');

  // The error state: Continue on the empty identity page.
  const invalid = await activate(page, CONTINUE, 'Continue on the empty identity page');
  expect(invalid.status()).toBe(422);
  await expectFocus(page, '.error-summary', 'the error summary, focused on load');
  const firstError = page.locator('.error-summary a').first();
  const target = ((await firstError.getAttribute('href')) ?? '').slice(1);
  expect(target, 'the first error is the surname').toBe('surname');
  await tabTo(page, '.error-summary a[href="#surname"]', 'the link to the surname error', { max: 1 });
  await page.keyboard.press('Enter');
  await expectFocus(page, 'input#surname[aria-invalid="true"]', 'the surname field in error');
  await page.keyboard.type('Martin');
  await typeInto(page, 'given_names', 'Camille');
  await typeInto(page, 'birth_date', typedDate('1990-04-12'));
  await expect(page.locator('input[name="birth_date"]')).toHaveValue('1990-04-12');
  await typeInto(page, 'birth_place', 'Lille');
  await typeInto(page, 'address', '12 rue de la Roquette');
  await typeInto(page, 'postcode', '75011');
  await typeInto(page, 'town', 'Paris');
  await typeInto(page, 'email', 'camille.keyboard@example.org');
  await typeInto(page, 'phone', '06 12 34 56 78');
  await continueTo(page, '/pre-complaint/when');

  await chooseRadio(page, 'mode', 'exact');
  await typeInto(page, 'date', typedDate(isoDaysAgo(3)));
  await expect(page.locator('input[name="date"]')).toHaveValue(isoDaysAgo(3));
  await typeInto(page, 'time', '1430');
  await continueTo(page, '/pre-complaint/place');

  await chooseRadio(page, 'kind', 'street');
  await typeInto(page, 'address', 'Place de la Bastille');
  await typeInto(page, 'postcode', '75011');
  await typeInto(page, 'town', 'Paris');
  await continueTo(page, '/pre-complaint/facts');

  await chooseRadio(page, 'offence', 'theft');
  await typeInto(page, 'account', 'My bag was taken from the café terrace while I was paying.');
  await continueTo(page, '/pre-complaint/items');

  // Adding an item: the add-another loop.
  const itemsContinue = 'main form:has(input[name="add_item"]) button.button';
  await chooseRadio(page, 'add_item', 'yes');
  await continueTo(page, '/pre-complaint/items/new', itemsContinue);
  await chooseRadio(page, 'kind', 'phone');
  await continueTo(page, '/pre-complaint/items/new/phone');
  await typeInto(page, 'brand', 'Fairphone');
  await typeInto(page, 'model', 'FP5');
  await typeInto(page, 'imei', '490154203237518');
  await continueTo(page, '/pre-complaint/items');
  await expect(page.locator('main')).toContainText('Fairphone');
  await chooseRadio(page, 'add_item', 'no');
  await continueTo(page, '/pre-complaint/perpetrator', itemsContinue);

  await chooseRadio(page, 'seen', 'no');
  await continueTo(page, '/pre-complaint/witnesses');
  await chooseRadio(page, 'any', 'no');
  await continueTo(page, '/pre-complaint/unit');

  // The unit search: type, Enter on Search, then pick the first unit found.
  await typeInto(page, 'q', 'Lyon');
  const search = await activate(page, 'button[name="intent"][value="search"]', 'the Search button');
  expect(search.status()).toBe(200);
  await expect(page.locator('main')).toContainText('Lyon');
  const firstUnit = await page.locator('input[name="unit"]').first().getAttribute('value');
  await chooseRadio(page, 'unit', firstUnit ?? '');
  await continueTo(page, '/pre-complaint/appointment', 'button[name="intent"][value="choose"]');

  await tick(page, 'days', 'mon');
  await tick(page, 'days', 'wed');
  await chooseRadio(page, 'time_of_day', 'morning');
  await continueTo(page, '/pre-complaint/check');

  // The check page: each Change link is reachable; then the declaration and send.
  await tabTo(page, 'a[href="/pre-complaint/place?from=check"]', 'the Change link of the place');
  await tick(page, 'declaration', 'yes');
  const sent = await activate(page, CONTINUE, 'Send');
  expect(sent.status()).toBe(200);
  expect(currentPath(page)).toBe('/pre-complaint/confirmation');
  expect(await confirmationReference(page)).toMatch(REFERENCE);
});

test('the quick exit and the skip link come first, and Enter on a radio does not skip the error summary', async ({ page }) => {
  // On a page of the violence report the quick exit is the very first stop.
  await open(page, '/report');
  await tabTo(page, 'a.quick-exit-link', 'Leave this site', { max: 1 });
  await tabTo(page, 'a.skip-link', 'the skip link', { max: 1 });

  // Enter in a radio group submits the form: an unanswered question is
  // reported, and focus goes to the error summary.
  await open(page, '/pre-complaint');
  await continueTo(page, '/pre-complaint/eligibility', 'main form button.button-start');
  await chooseRadio(page, 'emergency', 'no');
  const response = await pressAndLoad(page, 'Enter');
  expect(response.status()).toBe(422);
  await expectFocus(page, '.error-summary', 'the error summary');
  await tabTo(page, '.error-summary a[href="#known_perpetrator"]', 'the link to the first unanswered question', { max: 1 });
  await page.keyboard.press('Enter');
  await expectFocus(page, 'input#known_perpetrator', 'the first radio of the unanswered question');
  // The answer given before is kept.
  await expect(page.locator('input[name="emergency"][value="no"]')).toBeChecked();
});
