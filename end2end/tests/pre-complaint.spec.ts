// The pre-complaint flow, end to end, with JavaScript and without: every
// step is a plain form answered 303 (or 422 on error), the confirmation shows
// a reference, the confirmation mail carries it, and sending twice creates
// one submission.
import { expect, test, type Page } from './support/test';
import {
  addItem,
  choose,
  confirmationReference,
  continueTo,
  currentPath,
  expectRedirected,
  fillIdentity,
  flowMyselfToCheck,
  flowToItems,
  isoDaysAgo,
  itemsContinue,
  open,
  primaryButton,
  REFERENCE,
  searchUnits,
  sendFromCheck,
  snap,
  startToDeclarant,
  submit,
  type,
  type Person,
} from './support/portal';
import { header, mailLocation, readMails, waitForMails } from './support/mail';

/** Asserts the confirmation page: reference format and the 30-day signing rule. */
async function expectConfirmation(page: Page): Promise<string> {
  const reference = await confirmationReference(page);
  expect(reference).toMatch(REFERENCE);
  await expect(page.locator('main'), 'the 30-day signing rule is stated').toContainText(/\b30\b/);
  await expect(page.locator('main')).toContainText(/30[\s\u00a0-]*days?/i);
  return reference;
}

/** Asserts that one mail to `person` carries `reference` (15 s at most). */
async function expectMailed(reference: string, person: Person): Promise<void> {
  const { description } = mailLocation();
  const found = await waitForMails(reference, 15_000);
  expect(found.length, `a mail containing ${reference} in the ${description}`).toBeGreaterThan(0);
  const recipients = found.map((m) => `${header(m.raw, 'X-RcptTo')} ${header(m.raw, 'To')}`).join(' | ');
  expect(recipients, `the mail with ${reference} is addressed to the declarant`).toContain(person.email);
}

/** The mails addressed to `email`. */
function mailsTo(email: string) {
  return readMails().filter((m) => `${header(m.raw, 'X-RcptTo')} ${header(m.raw, 'To')}`.includes(email));
}

/** The tests run both with and without script. */
function flowTests(mode: 'js' | 'nojs'): void {
  const person: Person = {
    surname: 'Martin',
    givenNames: 'Camille',
    email: `camille.${mode}@example.org`,
  };

  test('a complete pre-complaint is confirmed with a reference, mailed once, and not sent twice', async ({ page }) => {
    await flowMyselfToCheck(page, { person, shots: `flow-${mode}` });

    // The check page lists the answers.
    const summary = page.locator('dl.summary-list');
    await expect(summary.first()).toBeVisible();
    const main = page.locator('main');
    for (const answer of ['Martin', 'Camille', person.email, 'Fairphone', 'AB-123-CD', 'Place de la Bastille']) {
      await expect(main, `the check page shows "${answer}"`).toContainText(answer);
    }

    // A Change link leads to its step with ?from=check, and Continue comes back.
    const changePlace = page.locator('.summary-action a[href="/pre-complaint/place?from=check"]');
    await expect(changePlace, 'a Change link for the place').toHaveCount(1);
    await Promise.all([page.waitForNavigation(), changePlace.click()]);
    expect(currentPath(page)).toBe('/pre-complaint/place');
    expect(new URL(page.url()).search).toBe('?from=check');
    await expect(page.locator('input[name="town"]'), 'the saved answer is shown').toHaveValue('Paris');
    await type(page, 'address', 'Rue de Lappe');
    await continueTo(page, '/pre-complaint/check');
    await expect(main).toContainText('Rue de Lappe');
    await expect(main).not.toContainText('Place de la Bastille');

    // The declaration is required.
    const refused = await submit(page);
    expect(refused.status(), 'sending without the declaration').toBe(422);
    await expect(page.locator('.error-summary a[href="#declaration"]')).toHaveCount(1);
    await open(page, '/pre-complaint/check');

    // Send (the form as it was posted is kept, to post it again afterwards).
    const csrf = await page.locator('form[action="/pre-complaint/send"] input[name="csrf"]').inputValue();
    expect(csrf, 'the send form carries a CSRF token').not.toBe('');
    const reference = await sendFromCheck(page);
    const reference1 = await expectConfirmation(page);
    expect(reference1).toBe(reference);
    await snap(page, `flow-${mode}-confirmation`);
    await expectMailed(reference, person);

    // Refreshing the confirmation shows the same reference.
    const reloaded = await page.reload();
    expect(reloaded?.status()).toBe(200);
    expect(await confirmationReference(page)).toBe(reference);

    // Going back to the check page and sending again creates nothing new.
    await page.goBack();
    const backAt = currentPath(page);
    if (backAt === '/pre-complaint/check' && (await page.locator('input[name="declaration"]').count())) {
      const again = await sendFromCheck(page);
      expect(again, 'sending the same pre-complaint again shows the first reference').toBe(reference);
    } else if (backAt === '/pre-complaint/confirmation') {
      expect(await confirmationReference(page)).toBe(reference);
    } else {
      await expect(page.locator('.reference'), `Back after sending shows ${backAt}`).toHaveCount(0);
    }

    // The very same POST again (a resubmitted form, a double click) is answered
    // with the confirmation of the first submission.
    const repost = await page.request.post('/pre-complaint/send', {
      form: { csrf, declaration: 'yes' },
      headers: { Origin: new URL(page.url()).origin, Referer: new URL('/pre-complaint/check', page.url()).href },
      maxRedirects: 0,
    });
    expect(repost.status(), 'the same POST /pre-complaint/send again').toBe(303);
    expect(new URL(repost.headers()['location'] ?? '', page.url()).pathname).toBe('/pre-complaint/confirmation');
    await open(page, '/pre-complaint/confirmation');
    expect(await confirmationReference(page), 'the confirmation after a resubmission').toBe(reference);

    // One mail for the one submission (give a duplicate the time to arrive).
    await page.waitForTimeout(2_000);
    const mails = readMails().filter((m) => m.text.includes(reference));
    expect(mails.length, `mails containing ${reference}`).toBe(1);
    expect(mailsTo(person.email).length, `mails to ${person.email}`).toBe(1);
  });

  test('an invalid identity answers 422 with an error summary and keeps what was typed', async ({ page }) => {
    await startToDeclarant(page);
    await choose(page, 'declarant', 'myself');
    await continueTo(page, '/pre-complaint/identity');
    await fillIdentity(page, { ...person, surname: '', email: 'camille@' });

    const response = await submit(page);
    expect(response.status(), 'an invalid step answers 422').toBe(422);
    expect(response.request().method()).toBe('POST');
    expect(currentPath(page)).toBe('/pre-complaint/identity');
    await snap(page, `identity-error-${mode}`);

    const summary = page.locator('.error-summary');
    await expect(summary).toBeVisible();
    await expect(summary.locator('a[href="#surname"]')).toHaveCount(1);
    await expect(summary.locator('a[href="#email"]')).toHaveCount(1);
    await expect(page.locator('#surname'), 'the summary link has a target').toHaveCount(1);
    await expect(page.locator('#email')).toHaveCount(1);
    await expect(page.locator('input[name="surname"]')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('input[name="email"]')).toHaveAttribute('aria-invalid', 'true');

    // Nothing typed is lost, the wrong value included.
    await expect(page.locator('input[name="given_names"]')).toHaveValue('Camille');
    await expect(page.locator('input[name="email"]')).toHaveValue('camille@');
    await expect(page.locator('input[name="birth_date"]')).toHaveValue('1990-04-12');
    await expect(page.locator('input[name="town"]')).toHaveValue('Paris');
    await expect(page.locator('input[name="postcode"]')).toHaveValue('75011');

    // The corrected form goes through.
    await type(page, 'surname', 'Martin');
    await type(page, 'email', person.email);
    await continueTo(page, '/pre-complaint/when');
  });

  test('the back link goes to the previous step with the answers kept', async ({ page }) => {
    await startToDeclarant(page);
    await choose(page, 'declarant', 'myself');
    await continueTo(page, '/pre-complaint/identity');
    await fillIdentity(page, person);
    await continueTo(page, '/pre-complaint/when');

    for (const [from, to] of [
      ['/pre-complaint/when', '/pre-complaint/identity'],
      ['/pre-complaint/identity', '/pre-complaint/declarant'],
      ['/pre-complaint/declarant', '/pre-complaint/eligibility'],
    ]) {
      expect(currentPath(page)).toBe(from);
      const back = page.locator('a.back-link');
      await expect(back).toHaveCount(1);
      const [response] = await Promise.all([page.waitForNavigation(), back.click()]);
      expect(response?.status()).toBe(200);
      expect(currentPath(page), `Back from ${from}`).toBe(to);
    }
    await expect(page.locator('input[name="violence"][value="no"]')).toBeChecked();
    await continueTo(page, '/pre-complaint/declarant');
    await expect(page.locator('input[name="declarant"][value="myself"]')).toBeChecked();
    await continueTo(page, '/pre-complaint/identity');
    await expect(page.locator('input[name="surname"]')).toHaveValue('Martin');
    await expect(page.locator('input[name="email"]')).toHaveValue(person.email);
  });
}

test.describe('pre-complaint with JavaScript', () => {
  test.use({ javaScriptEnabled: true });
  flowTests('js');

  test('eligibility answers and internet scams lead to the right service', async ({ page }) => {
    await startToDeclarant(page);
    const cases: [string, string][] = [
      ['emergency', '/pre-complaint/elsewhere/emergency'],
      ['known_perpetrator', '/pre-complaint/elsewhere/known-perpetrator'],
      ['violence', '/pre-complaint/elsewhere/violence'],
    ];
    for (const [question, target] of cases) {
      await open(page, '/pre-complaint/eligibility');
      for (const q of ['emergency', 'known_perpetrator', 'violence']) {
        await choose(page, q, q === question ? 'yes' : 'no');
      }
      await continueTo(page, target);
      await snap(page, `elsewhere-${question}`);
      await expect(page.locator('h1')).toHaveCount(1);
      if (question === 'emergency') {
        await expect(page.locator('main')).toContainText('17');
        await expect(page.locator('main')).toContainText('112');
      }
    }

    // An internet scam goes to the dedicated service.
    await open(page, '/pre-complaint/eligibility');
    for (const q of ['emergency', 'known_perpetrator', 'violence']) await choose(page, q, 'no');
    await continueTo(page, '/pre-complaint/declarant');
    await choose(page, 'declarant', 'myself');
    await continueTo(page, '/pre-complaint/identity');
    await fillIdentity(page, { surname: 'Martin', givenNames: 'Camille', email: 'camille.scam@example.org' });
    await continueTo(page, '/pre-complaint/when');
    await choose(page, 'mode', 'exact');
    await page.locator('input[name="date"]').fill(isoDaysAgo(2));
    await continueTo(page, '/pre-complaint/place');
    await choose(page, 'kind', 'home');
    await type(page, 'postcode', '13001');
    await type(page, 'town', 'Marseille');
    await continueTo(page, '/pre-complaint/facts');
    await choose(page, 'offence', 'internet-scam');
    await type(page, 'account', 'A fake shop took my money.');
    await continueTo(page, '/pre-complaint/elsewhere/internet-scam');
    await snap(page, 'elsewhere-internet-scam');
  });

  test('a date in the future is refused', async ({ page }) => {
    await startToDeclarant(page);
    await choose(page, 'declarant', 'myself');
    await continueTo(page, '/pre-complaint/identity');
    await fillIdentity(page, { surname: 'Martin', givenNames: 'Camille', email: 'camille.future@example.org' });
    await continueTo(page, '/pre-complaint/when');
    await choose(page, 'mode', 'exact');
    const tomorrowPlusOne = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    await page.locator('input[name="date"]').fill(tomorrowPlusOne);
    const response = await submit(page);
    expect(response.status()).toBe(422);
    await expect(page.locator('.error-summary a[href="#date"]')).toHaveCount(1);
    await expect(page.locator('input[name="date"]')).toHaveValue(tomorrowPlusOne);
  });
});

test.describe('pre-complaint without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  flowTests('nojs');

  test('answering the items question with the keyboard does not remove an item', async ({ page }) => {
    await flowToItems(page, { surname: 'Moreau', givenNames: 'Jo', email: 'jo.moreau@example.org' });
    await addItem(page, 'other', async () => {
      await type(page, 'description', 'Green umbrella');
    });
    await expect(page.locator('main')).toContainText('Green umbrella');

    // Enter in a form submits it through its default button: that must be
    // Continue, never the Remove button of the first item.
    const no = page.locator('input[name="add_item"][value="no"]');
    await no.check();
    const [response] = await Promise.all([page.waitForNavigation(), no.press('Enter')]);
    expect(response, 'Enter on the question submits the form').toBeTruthy();
    await expectRedirected(page, response!, '/pre-complaint/perpetrator');
    await open(page, '/pre-complaint/items');
    await expect(page.locator('main'), 'the item is still there').toContainText('Green umbrella');
  });

  test('an organisation declares a card fraud with several items, removes and changes one', async ({ page }) => {
    const person: Person = { surname: 'Durand', givenNames: 'Léa', email: 'lea.durand@example.org' };
    const shots = { person, shots: 'organisation-nojs' };
    await startToDeclarant(page, shots);
    await choose(page, 'declarant', 'organisation');
    await continueTo(page, '/pre-complaint/identity');
    await fillIdentity(page, person);
    await type(page, 'organisation_name', 'Boulangerie Durand SARL');
    await type(page, 'organisation_siret', '73282932000074');
    await type(page, 'organisation_role', 'Manager');
    await snap(page, 'organisation-nojs-identity');
    await continueTo(page, '/pre-complaint/when');

    await choose(page, 'mode', 'range');
    await page.locator('input[name="from"]').fill(isoDaysAgo(10));
    await page.locator('input[name="to"]').fill(isoDaysAgo(8));
    await continueTo(page, '/pre-complaint/place');
    await choose(page, 'kind', 'business');
    await type(page, 'address', '3 rue de la République');
    await type(page, 'postcode', '69001');
    await type(page, 'town', 'Lyon');
    await type(page, 'details', 'At the till');
    await continueTo(page, '/pre-complaint/facts');
    await choose(page, 'offence', 'card-fraud');
    await type(page, 'account', 'Payments we never made appeared on the company card.');
    await continueTo(page, '/pre-complaint/items');

    await addItem(page, 'bank-card', async () => {
      await type(page, 'bank', 'Banque Postale');
      await type(page, 'last_digits', '4242');
      await choose(page, 'blocked', 'yes');
      await choose(page, 'fraudulent_payments', 'yes');
      await type(page, 'amount', '250.40');
    }, shots);
    await addItem(page, 'identity-document', async () => {
      await choose(page, 'document', 'passport');
      await type(page, 'number', '19AB12345');
    }, shots);
    await addItem(page, 'other', async () => {
      await type(page, 'description', 'Cash box');
      await type(page, 'serial', 'CB-778');
      await type(page, 'value', '80');
    }, shots);
    const main = page.locator('main');
    for (const text of ['Banque Postale', '4242', 'Cash box']) await expect(main).toContainText(text);
    await snap(page, 'organisation-nojs-items-three');

    // Remove the third item.
    // A Remove button posts to /pre-complaint/items/<index>/remove, from a
    // small form of its own or through formaction.
    const removeButtons = page.locator(
      'main button[formaction^="/pre-complaint/items/"][formaction$="/remove"], main form[action^="/pre-complaint/items/"][action$="/remove"] button',
    );
    await expect(removeButtons).toHaveCount(3);
    await continueTo(page, '/pre-complaint/items', removeButtons.nth(2));
    await expect(removeButtons).toHaveCount(2);
    await expect(main).not.toContainText('Cash box');
    await expect(main).toContainText('Banque Postale');

    // Change the first one.
    const itemLinks = page.locator('main a[href^="/pre-complaint/items/"]');
    const hrefs = (await itemLinks.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))).filter((h) =>
      /^\/pre-complaint\/items\/\d+$/.test(h),
    );
    expect(hrefs.length, 'a Change link per item').toBe(2);
    await Promise.all([page.waitForNavigation(), page.locator(`main a[href="${hrefs[0]}"]`).first().click()]);
    expect(currentPath(page)).toBe(hrefs[0]);
    await expect(page.locator('input[name="bank"]')).toHaveValue('Banque Postale');
    await expect(page.locator('input[name="last_digits"]')).toHaveValue('4242');
    await type(page, 'bank', 'Crédit Mutuel');
    await continueTo(page, '/pre-complaint/items');
    await expect(main).toContainText('Crédit Mutuel');
    await expect(main).not.toContainText('Banque Postale');
    await expect(removeButtons).toHaveCount(2);

    await choose(page, 'add_item', 'no');
    await continueTo(page, '/pre-complaint/perpetrator', itemsContinue(page));
    await choose(page, 'seen', 'yes');
    const missing = await submit(page);
    expect(missing.status(), 'a perpetrator seen needs a description').toBe(422);
    await expect(page.locator('input[name="seen"][value="yes"]')).toBeChecked();
    await type(page, 'description', 'A tall man in a red jacket, about thirty.');
    await continueTo(page, '/pre-complaint/witnesses');
    await choose(page, 'any', 'yes');
    await type(page, 'details', 'The neighbour, Mrs Petit, saw him leave.');
    await continueTo(page, '/pre-complaint/unit');

    await expect(page.locator('input[name="unit"]').first(), 'units near Lyon are listed').toBeAttached();
    await searchUnits(page, '69');
    await page.locator('input[name="unit"]').first().check();
    await continueTo(page, '/pre-complaint/appointment', page.locator('button[name="intent"][value="choose"]'));
    await choose(page, 'time_of_day', 'any');
    await type(page, 'needs', 'Wheelchair access');
    await continueTo(page, '/pre-complaint/check');
    await snap(page, 'organisation-nojs-check');
    for (const text of ['Boulangerie Durand SARL', 'Crédit Mutuel', 'A tall man in a red jacket', 'Mrs Petit', 'Wheelchair access']) {
      await expect(main, `the check page shows "${text}"`).toContainText(text);
    }
    await expect(main).not.toContainText('Cash box');

    // A double click on Send creates one submission.
    await page.locator('input[name="declaration"][value="yes"]').check();
    // The second click aborts the first navigation in the browser: wait for
    // where the page ends up rather than for one navigation event.
    await primaryButton(page).dblclick();
    await expect(page).toHaveURL(/\/pre-complaint\/confirmation$/, { timeout: 15_000 });
    await page.waitForLoadState('load');
    const reference = await expectConfirmation(page);
    await snap(page, 'organisation-nojs-confirmation');
    await expectMailed(reference, person);
    await page.waitForTimeout(2_000);
    expect(mailsTo(person.email).length, `mails to ${person.email} after a double click on Send`).toBe(1);
  });
});
