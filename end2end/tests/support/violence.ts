// The violence report walked the shortest way, for tests that need a sent
// report and its follow-up code.
import { expect, type Page } from '@playwright/test';
import { choose, continueTo, open, submit } from './portal';

/** Sends an anonymous report, answering only what must be answered. */
export async function sendReport(page: Page): Promise<{ reference: string; code: string }> {
  await open(page, '/report');
  await continueTo(page, '/report/safe', page.locator('form[action="/report"] button'));
  await choose(page, 'safe_now', 'yes');
  await continueTo(page, '/report/who');
  await choose(page, 'report_for', 'myself');
  await continueTo(page, '/report/contact-choice');
  await choose(page, 'anonymity', 'anonymous');
  await continueTo(page, '/report/what');
  for (const next of ['/report/when', '/report/person', '/report/details', '/report/support', '/report/check']) {
    await continueTo(page, next);
  }
  const sent = await submit(page, page.locator('form[action="/report/send"] button'));
  expect(sent.status(), 'the report is sent').toBe(200);
  const code = (await page.locator('.follow-up-code bdi').innerText()).trim();
  expect(code).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){4}[0-9A-HJKMNP-TV-Z]{4}$/);
  const reference = (await page.locator('.reference bdi').innerText()).trim();
  return { reference, code };
}
