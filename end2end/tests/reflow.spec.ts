// Every citizen page and the agent pages at 320 CSS px and at 200 % zoom
// (a 640 CSS px viewport, see support/reflow.ts): no horizontal scrolling,
// nothing wider than the screen, no word sticking out of its box. Long
// words are typed on purpose (an email address, a reference, a follow-up
// code); error states are included.
import { expect, test } from './support/test';
import {
  choose,
  currentPath,
  flowMyselfToCheck,
  open,
  primaryButton,
  sendFromCheck,
  submit,
  type Person,
} from './support/portal';
import { agentSignsIn, openCase } from './support/agent';
import { ReflowCheck } from './support/reflow';
import {
  DISCRIMINATION_ANSWERS,
  PRE_COMPLAINT_ANSWERS,
  REPORT_ANSWERS,
  startFlow,
  walkFlow,
} from './support/steps';
import { sendReport } from './support/violence';

/** An email address longer than a 320 px line. */
const person: Person = {
  surname: 'Delacroix-Montmorency-Saint-Aubin',
  givenNames: 'Marie-Clémentine',
  email: 'marie-clementine.delacroix-montmorency-saint-aubin@administration-exemple.example.org',
};

/** The unit that receives a report that does not say where it happened. */
const NATIONAL_UNIT = 'GN-35-BRIGADE-NUMERIQUE';

test('the pre-complaint, its error state and its confirmation', async ({ page }) => {
  // Several walks through whole flows: more than the default time on a busy machine.
  test.slow();
  const reflow = new ReflowCheck('reflow-pre-complaint');
  await flowMyselfToCheck(page, { person, onPage: (name) => reflow.check(page, name) });
  await sendFromCheck(page);
  await reflow.check(page, 'confirmation');

  await startFlow(page, '/pre-complaint', '/pre-complaint/eligibility');
  await walkFlow(page, PRE_COMPLAINT_ANSWERS, (name) => reflow.check(page, name), '/pre-complaint/check');
  for (const reason of ['emergency', 'known-perpetrator', 'violence', 'internet-scam']) {
    await open(page, `/pre-complaint/elsewhere/${reason}`);
    await reflow.check(page, `elsewhere-${reason}`);
  }
  await open(page, '/save-for-later');
  await reflow.check(page, 'save-for-later');
  reflow.expectClean();
});

test('the discrimination report, the violence report, follow-up and the online complaint', async ({ page }) => {
  // Several walks through whole flows: more than the default time on a busy machine.
  test.slow();
  const reflow = new ReflowCheck('reflow-flows');
  await open(page, '/discrimination');
  await reflow.check(page, 'discrimination-start');
  await startFlow(page, '/discrimination', '/discrimination/safety');
  await walkFlow(page, DISCRIMINATION_ANSWERS, (name) => reflow.check(page, name), '/discrimination/check');
  for (const reason of ['danger', 'violence']) {
    await open(page, `/discrimination/elsewhere/${reason}`);
    await reflow.check(page, `discrimination-elsewhere-${reason}`);
  }

  for (const path of ['/report', '/report/safety-advice']) {
    await open(page, path);
    await reflow.check(page, `report${path.replaceAll('/', '-')}`);
  }
  const { reference, code } = await sendReport(page);
  await reflow.check(page, 'report-sent');
  await startFlow(page, '/report', '/report/safe');
  await walkFlow(page, REPORT_ANSWERS, (name) => reflow.check(page, name), '/report/check');
  // Not safe now: the help page with the emergency numbers.
  await open(page, '/report/safe');
  await choose(page, 'safe_now', 'no');
  await submit(page);
  expect(currentPath(page)).toBe('/report/help');
  await reflow.check(page, 'report-help');

  await open(page, '/follow-up');
  await reflow.check(page, 'follow-up-code');
  const wrong = await submit(page, page.locator('form[action="/follow-up"] button'));
  expect(wrong.status()).toBe(422);
  await reflow.check(page, 'follow-up-code-error');
  await page.locator('input[name="code"]').fill(code);
  await submit(page, page.locator('form[action="/follow-up"] button'));
  expect(currentPath(page)).toBe('/follow-up/report');
  await page.locator('textarea[name="reply"]').fill(`A long address to reach me: ${person.email} ${reference}`);
  await submit(page, page.locator('form[action="/follow-up/messages"] button:not([value="keep"])'));
  await reflow.check(page, 'follow-up-report');
  await submit(page, page.locator('form[action="/follow-up/stop"] button'));
  await reflow.check(page, 'follow-up-stopped');

  await open(page, '/complaint');
  await reflow.check(page, 'complaint-start');
  reflow.expectClean();
});

test('home, orientation, guides and error pages', async ({ page }) => {
  const reflow = new ReflowCheck('reflow-information');
  await open(page, '/');
  await reflow.check(page, 'home');
  // Every result and guide linked from the home page and the footer.
  const links = await page.locator('a[href^="/orientation/result/"], a[href^="/guide/"]').evaluateAll((as) =>
    [...new Set(as.map((a) => a.getAttribute('href') ?? ''))],
  );
  expect(links.length).toBeGreaterThan(5);
  for (const href of links) {
    await open(page, href);
    await reflow.check(page, href.replaceAll('/', '-'));
  }
  await open(page, '/orientation');
  await reflow.check(page, 'orientation');
  const unanswered = await submit(page, primaryButton(page));
  expect(unanswered.status()).toBe(422);
  await reflow.check(page, 'orientation-error');

  await open(page, '/this-page-does-not-exist', 404);
  await reflow.check(page, 'not-found');
  const context = await page.context().browser()!.newContext({ locale: 'en-GB' });
  const fresh = await context.newPage();
  await fresh.goto(new URL('/pre-complaint/when', page.url()).href);
  await reflow.check(fresh, 'session-expired');
  await context.close();
  reflow.expectClean();
});

test('the agent pages', async ({ page, browser, baseURL }) => {
  const reflow = new ReflowCheck('reflow-agent');
  await open(page, '/agent/sign-in');
  await reflow.check(page, 'sign-in');
  const { reference } = await sendReport(page);

  const agent = await agentSignsIn(browser, baseURL!, NATIONAL_UNIT, true, 'supervisor');
  try {
    await reflow.check(agent, 'queue');
    await openCase(agent, reference);
    await reflow.check(agent, 'case');
    await open(agent, '/agent/statistics');
    await reflow.check(agent, 'statistics');
  } finally {
    await agent.context().close();
  }
  reflow.expectClean();
});
