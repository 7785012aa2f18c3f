// Every step page of the pre-complaint, the discrimination report and the
// violence report, walked in order: each shown as asked, then in its error
// state (Continue with nothing answered), then answered; for checks that
// run on each page (reflow, the form checklist).
import { expect, type Page } from '@playwright/test';
import { currentPath, open, primaryButton, submit } from './portal';

/** A check run on the page shown, under a short name. */
export type PageCheck = (name: string) => Promise<void>;

/** Starts a flow from its start page (POST of the start form) and expects its first step. */
export async function startFlow(page: Page, path: string, first: string): Promise<void> {
  await open(page, path);
  const button = page.locator(`main form[action="${path}"] button, main form:not([action]) button`).first();
  const response = await submit(page, button);
  expect(response.status()).toBe(200);
  expect(currentPath(page)).toBe(first);
}

/** The answers a walk gives, by field name: a value, or several for checkboxes. */
export type Answers = Record<string, string | string[]>;

/** Answers the page shown: each named radio or checkbox (its first option when the value is not offered here), each named field. */
async function answerPage(page: Page, answers: Answers): Promise<void> {
  for (const [name, value] of Object.entries(answers)) {
    const controls = page.locator(`main [name="${name}"]:not([type="hidden"])`);
    if (!(await controls.count())) continue;
    const type = await controls.first().getAttribute('type');
    if (type === 'radio' || type === 'checkbox') {
      for (const v of [value].flat()) {
        const option = page.locator(`main input[name="${name}"][value="${v}"]`);
        await ((await option.count()) ? option : controls.first()).check();
      }
    } else {
      await controls.first().fill(String(value));
    }
  }
}

/**
 * Walks a started flow page by page until `last`: on each page `check`
 * runs, then Continue with nothing answered (its error state is checked
 * too when it gives one: 422), then the page is answered from `answers`
 * and sent. The unit page is answered by a search for `Lyon`.
 */
export async function walkFlow(page: Page, answers: Answers, check: PageCheck, last: string): Promise<void> {
  for (let i = 0; i < 30; i++) {
    const path = currentPath(page);
    const name = path.slice(1).replaceAll('/', '-');
    await check(name);
    if (path === last) return;
    const empty = await submit(page, primaryButton(page));
    if (empty.status() !== 422) continue;
    await check(`${name}-error`);
    await answerPage(page, answers);
    let button = primaryButton(page);
    const search = page.locator('button[name="intent"][value="search"]');
    if (await search.count()) {
      await page.locator('input[name="q"]').fill('Lyon');
      await submit(page, search);
      await page.locator('input[name="unit"]').first().check();
      button = page.locator('button[name="intent"][value="choose"]');
    }
    const sent = await submit(page, button);
    if (sent.status() !== 200 || currentPath(page) === path) {
      const summary = await page.locator('.error-summary').allInnerTexts();
      throw new Error(`${path} answered: ${sent.status()} at ${currentPath(page)} ${summary.join(' ')}`);
    }
  }
  throw new Error(`${last} not reached`);
}

/** Answers that take the pre-complaint to its check page. */
export const PRE_COMPLAINT_ANSWERS: Answers = {
  emergency: 'no',
  known_perpetrator: 'no',
  violence: 'no',
  declarant: 'myself',
  surname: 'Lefèvre',
  given_names: 'Alex',
  birth_date: '1990-04-12',
  birth_place: 'Lille',
  address: '3 rue des Lilas',
  postcode: '75011',
  town: 'Paris',
  email: 'alex.lefevre@example.org',
  mode: 'exact',
  date: new Date(Date.now() - 3 * 86_400_000).toISOString().slice(0, 10),
  kind: 'street',
  offence: 'theft',
  account: 'My bag was taken.',
  description: 'A bag',
  add_item: 'no',
  seen: 'no',
  any: 'no',
  days: ['mon'],
  time_of_day: 'morning',
};

/** Answers that take the discrimination report to its check page. */
export const DISCRIMINATION_ANSWERS: Answers = {
  danger: 'no',
  violence: 'no',
  reporter: 'victim',
  domain: 'goods-and-services',
  criteria: ['origin'],
  words_said: 'no',
  author_kind: 'company',
  author_known: 'no',
  mode: 'range',
  from: new Date(Date.now() - 10 * 86_400_000).toISOString().slice(0, 10),
  to: new Date(Date.now() - 9 * 86_400_000).toISOString().slice(0, 10),
  postcode: '69003',
  town: 'Lyon',
  place: 'Shop entrance',
  account: 'I was refused entry.',
  any: 'no',
  surname: 'Benali',
  given_names: 'Nadia',
  address: '4 rue Paul Bert',
  email: 'nadia.benali@example.org',
  consent: 'yes',
};

/** Answers that take the violence report to its check page, with contact details. */
export const REPORT_ANSWERS: Answers = {
  safe_now: 'yes',
  report_for: 'myself',
  anonymity: 'identified',
  contact_by: 'email',
  name: 'Sam',
  email: 'sam@example.org',
  facts: ['harassment'],
  relationship: 'stranger',
  support: ['call-back'],
};
