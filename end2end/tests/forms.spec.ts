// The form checklist (support/form-checklist.ts) on every step of the
// pre-complaint, the discrimination report and the violence report, as
// shown and in its error state; and the receipt pages printed: the
// confirmation with its reference and the follow-up code page, without
// navigation chrome, black on white.
import { expect, test, type Page } from './support/test';
import { flowMyselfToCheck, sendFromCheck, snap, type Person } from './support/portal';
import { FormChecklist } from './support/form-checklist';
import {
  DISCRIMINATION_ANSWERS,
  PRE_COMPLAINT_ANSWERS,
  REPORT_ANSWERS,
  startFlow,
  walkFlow,
} from './support/steps';
import { sendReport } from './support/violence';

const person: Person = { surname: 'Lefèvre', givenNames: 'Alex', email: 'alex.lefevre@example.org' };

/** The pages where the declarant gives their own identity and contact details. */
const PERSONAL_PAGES = new Set(['pre-complaint-identity', 'pre-complaint-identity-error', 'discrimination-contact', 'discrimination-contact-error']);

/** The pages of the violence report that ask for contact details. */
const REPORT_CONTACT_PAGES = new Set(['report-contact-choice', 'report-contact-choice-error']);

function personalOf(name: string): 'autocomplete' | 'off' | 'none' {
  if (PERSONAL_PAGES.has(name)) return 'autocomplete';
  if (REPORT_CONTACT_PAGES.has(name)) return 'off';
  return 'none';
}

test('every step of every flow passes the form checklist, error states included', async ({ page }) => {
  // Several walks through whole flows: more than the default time on a busy machine.
  test.slow();
  const checklist = new FormChecklist();
  const check = (name: string) => checklist.check(page, name, personalOf(name));
  await startFlow(page, '/pre-complaint', '/pre-complaint/eligibility');
  await walkFlow(page, PRE_COMPLAINT_ANSWERS, check, '/pre-complaint/check');
  await startFlow(page, '/discrimination', '/discrimination/safety');
  await walkFlow(page, DISCRIMINATION_ANSWERS, check, '/discrimination/check');
  await startFlow(page, '/report', '/report/safe');
  await walkFlow(page, REPORT_ANSWERS, check, '/report/check');
  expect(checklist.checked.length).toBeGreaterThan(40);
  expect([...checklist.checked].filter((c) => c.includes('-error')).length, 'error states were checked').toBeGreaterThan(10);
  expect(checklist.checked.some((c) => c.startsWith('pre-complaint-identity-error')), 'the identity page in error').toBe(true);
  checklist.expectClean();
});

/** Asserts the page, printed, shows no navigation chrome and reads black on white; saves a PDF and a screenshot. */
async function expectPrintable(page: Page, name: string, mustShow: string): Promise<void> {
  await page.emulateMedia({ media: 'print' });
  const looks = await page.evaluate(() => {
    const hidden = (selector: string) =>
      Array.from(document.querySelectorAll(selector)).every((el) => getComputedStyle(el).display === 'none');
    const body = getComputedStyle(document.body);
    const main = document.querySelector('main')!;
    return {
      chromeHidden: hidden('.site-header, .site-footer, .language-switch, .skip-link, .quick-exit, .save-for-later'),
      bodyColour: body.color,
      background: getComputedStyle(document.documentElement).backgroundColor + ' ' + body.backgroundColor,
      mainVisible: main.getBoundingClientRect().height > 0,
    };
  });
  expect(looks.chromeHidden, `${name}: header, footer, language switch, skip link, quick exit hidden in print`).toBe(true);
  expect(looks.bodyColour, `${name}: black text in print`).toBe('rgb(0, 0, 0)');
  expect(looks.background, `${name}: white or no background in print`).toMatch(/^(rgba\(0, 0, 0, 0\)|rgb\(255, 255, 255\)) (rgba\(0, 0, 0, 0\)|rgb\(255, 255, 255\))$/);
  expect(looks.mainVisible).toBe(true);
  await expect(page.locator('main'), `${name}: printed with ${mustShow}`).toContainText(mustShow);
  const shown = await page.locator('main').getByText(mustShow, { exact: false }).first().evaluate((el) => {
    const style = getComputedStyle(el);
    return style.display !== 'none' && style.visibility !== 'hidden' && el.getBoundingClientRect().height > 0 && style.color;
  });
  expect(shown, `${name}: ${mustShow} is visible in print`).toBe('rgb(0, 0, 0)');
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  await snap(page, `print-${name}`);
  await page.emulateMedia({ media: 'screen' });
}

test('the confirmation and the follow-up code page print as receipts', async ({ page }) => {
  // Two whole flows: more than the default time on a busy machine.
  test.slow();
  await flowMyselfToCheck(page, { person });
  const reference = await sendFromCheck(page);
  await expectPrintable(page, 'pre-complaint-confirmation', reference);

  const { code } = await sendReport(page);
  await expectPrintable(page, 'follow-up-code', code);
});
