// axe-core (WCAG 2.0/2.1 A and AA, WCAG 2.2 AA) on every page of the
// pre-complaint flow, an error state, the "elsewhere" pages and the 404 page,
// in every language project (French, English, Arabic right to left).
// Each page is scanned as a visitor reaches it; all violations are printed
// together at the end.
import { expect, test, type Page } from './support/test';
import {
  ALL_LANGUAGES,
  addItem,
  choose,
  continueTo,
  currentPath,
  fillIdentity,
  isoDaysAgo,
  itemsContinue,
  open,
  searchUnits,
  sendFromCheck,
  startToDeclarant,
  submit,
  type,
  type Person,
} from './support/portal';
import { Scanner } from './support/scanner';


const person: Person = { surname: 'Bernard', givenNames: 'Sam', email: 'sam.bernard@example.org' };

test('every page of the pre-complaint flow, error state and confirmation included', { tag: ALL_LANGUAGES }, async ({ page }) => {
  const scanner = Scanner.inPlace(page, 'pre-complaint');
  await startToDeclarant(page, { person, onPage: (name) => scanner.scan(name) });

  await choose(page, 'declarant', 'minor-child');
  await continueTo(page, '/pre-complaint/identity');
  await scanner.scan('identity');

  // The error state: empty surname and a bad email.
  await fillIdentity(page, { ...person, surname: '', email: 'sam@' });
  const invalid = await submit(page);
  expect(invalid.status()).toBe(422);
  await expect(page.locator('.error-summary')).toBeVisible();
  await scanner.scan('identity-error-422');

  await fillIdentity(page, person);
  await type(page, 'child_surname', 'Bernard');
  await type(page, 'child_given_names', 'Lou');
  await page.locator('input[name="child_birth_date"]').fill('2015-06-01');
  await continueTo(page, '/pre-complaint/when');
  await scanner.scan('when');

  await choose(page, 'mode', 'exact');
  await page.locator('input[name="date"]').fill(isoDaysAgo(1));
  await continueTo(page, '/pre-complaint/place');
  await scanner.scan('place');
  await choose(page, 'kind', 'transport');
  await type(page, 'postcode', '13001');
  await type(page, 'town', 'Marseille');
  await continueTo(page, '/pre-complaint/facts');
  await scanner.scan('facts');
  await choose(page, 'offence', 'pickpocketing');
  await type(page, 'account', 'Someone took my son’s phone from his school bag on the tram.');
  await continueTo(page, '/pre-complaint/items');
  await scanner.scan('items-empty');

  const kinds: [string, () => Promise<void>][] = [
    ['phone', async () => {
      await type(page, 'brand', 'Samsung');
      await type(page, 'model', 'A15');
      await type(page, 'imei', '490154203237518');
    }],
    ['vehicle', async () => {
      await type(page, 'plate', 'AB-123-CD');
      await type(page, 'brand', 'Peugeot');
      await type(page, 'model', '208');
      await type(page, 'colour', 'Grey');
    }],
    ['bank-card', async () => {
      await type(page, 'bank', 'Banque Populaire');
      await type(page, 'last_digits', '1234');
      await choose(page, 'blocked', 'no');
      await choose(page, 'fraudulent_payments', 'no');
    }],
    ['identity-document', async () => {
      await choose(page, 'document', 'identity-card');
    }],
    ['other', async () => {
      await type(page, 'description', 'School bag');
    }],
  ];
  let first = true;
  for (const [kind, fill] of kinds) {
    await addItem(page, kind, async () => {
      await scanner.scan(`item-${kind}`);
      await fill();
    }, { person, onPage: async (name) => {
      if (name === 'item-kind' && first) await scanner.scan('item-kind');
      first = false;
    } });
  }
  await scanner.scan('items-listed');

  await choose(page, 'add_item', 'no');
  await continueTo(page, '/pre-complaint/perpetrator', itemsContinue(page));
  await scanner.scan('perpetrator');
  await choose(page, 'seen', 'no');
  await continueTo(page, '/pre-complaint/witnesses');
  await scanner.scan('witnesses');
  await choose(page, 'any', 'no');
  await continueTo(page, '/pre-complaint/unit');
  await scanner.scan('unit');
  await searchUnits(page, 'Marseille');
  await scanner.scan('unit-search');
  await page.locator('input[name="unit"]').first().check();
  await continueTo(page, '/pre-complaint/appointment', page.locator('button[name="intent"][value="choose"]'));
  await scanner.scan('appointment');
  await choose(page, 'days', 'sat');
  await choose(page, 'time_of_day', 'afternoon');
  await continueTo(page, '/pre-complaint/check');
  await scanner.scan('check');
  await sendFromCheck(page);
  await scanner.scan('confirmation');

  expect(scanner.scanned.length).toBeGreaterThanOrEqual(22);
  scanner.expectClean();
});

test('the "elsewhere" pages and the 404 page', { tag: ALL_LANGUAGES }, async ({ page }) => {
  const scanner = Scanner.inPlace(page, 'pre-complaint');
  await startToDeclarant(page);
  for (const [question, target] of [
    ['emergency', '/pre-complaint/elsewhere/emergency'],
    ['known_perpetrator', '/pre-complaint/elsewhere/known-perpetrator'],
    ['violence', '/pre-complaint/elsewhere/violence'],
  ]) {
    await open(page, '/pre-complaint/eligibility');
    for (const q of ['emergency', 'known_perpetrator', 'violence']) await choose(page, q, q === question ? 'yes' : 'no');
    await continueTo(page, target);
    await scanner.scan(`elsewhere-${question}`);
  }
  await open(page, '/pre-complaint/elsewhere/internet-scam');
  await scanner.scan('elsewhere-internet-scam');

  await open(page, '/this-page-does-not-exist', 404);
  await expect(page.locator('h1')).toHaveCount(1);
  await scanner.scan('not-found-404');

  scanner.expectClean();
});
