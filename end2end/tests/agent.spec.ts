// The agent workspace, end to end against the real server: an account made
// with the server's command line, a citizen's pre-complaint to the agent's
// unit, the agent's first sign-in with TOTP enrolment (codes computed here),
// a code refused the second time, the queue, claiming the case, a message
// and an appointment slot mailed to the citizen, the citizen booking it from
// the mailed link (once), and axe-core on the workspace's pages.
//
// The agent's side runs with JavaScript and, in a second test, without; the
// citizen's side always runs with it. Texts may still be French while the
// English translations are written: assertions use statuses, paths,
// selectors and the reference, not wording.
import { expect, test, type Browser, type Page } from './support/test';
import {
  ALL_LANGUAGES,
  addItem,
  choose,
  continueTo,
  currentPath,
  flowToItems,
  itemsContinue,
  open,
  REFERENCE,
  searchUnits,
  sendFromCheck,
  snap,
  submit,
  testLocale,
  type,
  type Person,
} from './support/portal';
import { Scanner } from './support/scanner';
import { header, mailLocation, readMails, type Mail } from './support/mail';
import { createAgent, totpCode, totpStep, uniqueSuffix, type AgentAccount } from './support/agent';

const UNIT = 'PN-69-LYON-01';

/** The citizen's pre-complaint, sent to UNIT (found by searching "69"); returns the reference. */
async function citizenSends(page: Page, person: Person): Promise<string> {
  await flowToItems(page, person);
  await addItem(page, 'other', async () => {
    await type(page, 'description', 'Black leather bag');
  });
  await choose(page, 'add_item', 'no');
  await continueTo(page, '/pre-complaint/perpetrator', itemsContinue(page));
  await choose(page, 'seen', 'no');
  await continueTo(page, '/pre-complaint/witnesses');
  await choose(page, 'any', 'no');
  await continueTo(page, '/pre-complaint/unit');
  await searchUnits(page, '69');
  await page.locator(`input[name="unit"][value="${UNIT}"]`).check();
  await continueTo(page, '/pre-complaint/appointment', page.locator('button[name="intent"][value="choose"]'));
  await choose(page, 'days', 'tue');
  await choose(page, 'time_of_day', 'morning');
  await continueTo(page, '/pre-complaint/check');
  return sendFromCheck(page);
}

/** Waits up to `timeoutMs` for a mail to `email` containing every one of `needles`. */
async function waitForMailTo(email: string, needles: string[], timeoutMs = 15_000): Promise<Mail | undefined> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = readMails().find(
      (m) =>
        `${header(m.raw, 'X-RcptTo')} ${header(m.raw, 'To')}`.includes(email) && needles.every((n) => m.text.includes(n)),
    );
    if (found || Date.now() > deadline) return found;
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** `YYYY-MM-DDT10:30` of tomorrow, local time, as a datetime-local input takes it. */
function tomorrowAt1030(): string {
  const d = new Date(Date.now() + 86_400_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T10:30`;
}

/** Email and password on the sign-in page (wherever it is shown), then `expectedPath`. */
async function signIn(page: Page, account: AgentAccount, expectedPath: string): Promise<void> {
  await expect(page.locator('input[name="email"]')).toBeVisible();
  await expect(page.locator('input[name="password"]')).toBeVisible();
  await page.locator('input[name="email"]').fill(account.email);
  await page.locator('input[name="password"]').fill(account.password);
  await continueTo(page, expectedPath, page.locator('form[action="/agent/sign-in"] button.button'));
}

/** The path of the queue's link to `reference`, following the queue's pages if needed. */
async function findInQueue(page: Page, reference: string): Promise<string> {
  for (let pageNo = 1; pageNo <= 20; pageNo++) {
    await expect(page.locator('table.queue'), `the queue table (page ${pageNo})`).toBeVisible();
    const link = page.locator('table.queue a[href^="/agent/cases/"]', { hasText: reference });
    if (await link.count()) {
      await expect(link).toHaveCount(1);
      await expect(link).toHaveText(reference);
      const href = await link.getAttribute('href');
      if (!href) throw new Error('the queue link has no href');
      return href;
    }
    const next = page.locator('a[rel="next"]');
    if (!(await next.count())) break;
    await Promise.all([page.waitForNavigation(), next.first().click()]);
  }
  throw new Error(`${reference} is not in the queue (${page.url()})`);
}

async function agentStory(browser: Browser, citizen: Page, baseURL: string, mode: 'js' | 'nojs'): Promise<void> {
  const suffix = uniqueSuffix();
  const account: AgentAccount = {
    email: `agent.e2e.${mode}.${suffix}@example.fr`,
    name: 'Agent E2E',
    password: `correct horse battery ${suffix}`,
    unit: UNIT,
  };
  const person: Person = { surname: 'Durand', givenNames: 'Lou', email: `lou.durand.${mode}.${suffix}@example.org` };

  // 1. The account, made with the server's command line on the test database.
  createAgent(account);

  // 2. The citizen sends a pre-complaint to the agent's unit.
  const reference = await citizenSends(citizen, person);
  expect(reference).toMatch(REFERENCE);

  // 3. The agent's first sign-in: password, then enrolment of the TOTP app.
  const context = await browser.newContext({ baseURL, locale: testLocale(), javaScriptEnabled: mode === 'js' });
  const agent = await context.newPage();
  // The pages are the same with and without script: scanned once, with it.
  const scanner = mode === 'js' ? Scanner.inPlace(agent, 'agent') : Scanner.off(agent, 'agent');
  try {
    await open(agent, '/agent', 401);
    await snap(agent, `agent-${mode}-sign-in`);
    await scanner.scan('sign-in');
    await signIn(agent, account, '/agent/enrol');

    await expect(agent.locator('.qr-code svg'), 'the enrolment QR code, drawn in SVG').toHaveCount(1);
    const shownSecret = await agent.locator('.totp-secret code').innerText();
    expect(shownSecret.trim(), 'the secret is shown in groups of four').toMatch(/^[A-Z2-7]{4}( [A-Z2-7]{1,4})*$/);
    const secret = shownSecret.replace(/\s+/g, '');
    await snap(agent, `agent-${mode}-enrol`);
    await scanner.scan('enrol');

    const enrolStep = totpStep();
    const enrolCode = totpCode(secret, enrolStep);
    await agent.locator('input[name="code"]').fill(enrolCode);
    await continueTo(agent, '/agent', agent.locator('form[action="/agent/enrol"] button.button'));
    await expect(agent.locator('table.queue')).toBeVisible();

    // A code works once: signed out and in again, the same code is refused.
    await continueTo(agent, '/agent/sign-in', agent.locator('form[action="/agent/sign-out"] button'));
    await signIn(agent, account, '/agent/sign-in/code');
    await agent.locator('input[name="code"]').fill(enrolCode);
    const reused = await submit(agent, agent.locator('form[action="/agent/sign-in/code"] button.button'));
    expect(reused.status(), 'the enrolment code used a second time').toBe(422);
    expect(currentPath(agent)).toBe('/agent/sign-in/code');
    await expect(agent.locator('.error-summary'), 'the refusal is explained').toBeVisible();

    // The next step's code is accepted at once (the server allows one step of drift).
    const nextStep = Math.max(enrolStep + 1, totpStep());
    await agent.locator('input[name="code"]').fill(totpCode(secret, nextStep));
    await continueTo(agent, '/agent', agent.locator('form[action="/agent/sign-in/code"] button.button'));

    // 4. The queue lists the citizen's case; the agent opens and claims it.
    const casePath = await findInQueue(agent, reference);
    await snap(agent, `agent-${mode}-queue`);
    await scanner.scan('queue');
    const [opened] = await Promise.all([
      agent.waitForNavigation(),
      agent.locator(`table.queue a[href="${casePath}"]`).click(),
    ]);
    expect(opened?.status(), `status of GET ${casePath}`).toBe(200);
    expect(currentPath(agent)).toBe(casePath);
    await expect(agent.locator('h1')).toContainText(reference);
    const status = agent.locator('.case-status');
    await expect(status).toHaveCount(1);
    const statusNew = (await status.innerText()).trim();
    await scanner.scan('case-new');

    const claim = agent.locator('form:has(input[name="action"][value="claim"]) button');
    await expect(claim, 'a new case can be claimed').toHaveCount(1);
    await continueTo(agent, casePath, claim);
    await expect(status, 'the status after claiming').not.toHaveText(statusNew);
    const statusInReview = (await status.innerText()).trim();
    await expect(agent.locator('form[action$="/messages"]'), 'the owner can write to the citizen').toHaveCount(1);
    await snap(agent, `agent-${mode}-case-claimed`);
    await scanner.scan('case-in-review');

    // 5. A message to the citizen: shown on the case, mailed to the citizen.
    const message = `Please bring an identity card and the receipt for the bag. Check ${suffix}`;
    await agent.locator('textarea[name="message_body"]').fill(message);
    await continueTo(agent, casePath, agent.locator('form[action$="/messages"] button'));
    await expect(agent.locator('main')).toContainText(message);
    const { description } = mailLocation();
    const messageMail = await waitForMailTo(person.email, [message]);
    expect(messageMail, `a mail to ${person.email} with the message, in the ${description}`).toBeTruthy();

    // 6. An appointment slot, tomorrow at 10:30, well before the signing deadline.
    await agent.locator('input[name="slot_1"]').fill(tomorrowAt1030());
    await continueTo(agent, casePath, agent.locator('form[action$="/slots"] button'));
    await expect(status, 'the status after proposing a slot').not.toHaveText(statusInReview);
    await expect(status).not.toHaveText(statusNew);
    const statusProposed = (await status.innerText()).trim();
    await snap(agent, `agent-${mode}-case-proposed`);

    // 7. The citizen books the slot from the mailed link, once.
    const slotMail = await waitForMailTo(person.email, [reference, '/appointment/']);
    expect(slotMail, `a mail to ${person.email} with ${reference} and an appointment link, in the ${description}`).toBeTruthy();
    const links = [...slotMail!.text.matchAll(/https?:\/\/[^\s"'<>]+\/appointment\/[0-9A-Za-z_-]+/g)].map((m) => m[0]);
    expect(links.length, 'the appointment link in the mail').toBeGreaterThan(0);
    // The raw text may hold the link cut by a soft line break; the decoded one is whole.
    const link = links.sort((a, b) => b.length - a.length)[0];
    expect(link.startsWith(`${baseURL}/appointment/`), `the link ${link} uses PORTAL_PUBLIC_URL ${baseURL}`).toBe(true);

    await open(citizen, link);
    const slots = citizen.locator('input[name="slot"]');
    await expect(slots).toHaveCount(1);
    const citizenScanner = mode === 'js' ? Scanner.inPlace(citizen, 'appointment') : Scanner.off(citizen, 'appointment');
    await citizenScanner.scan('choice');
    const choiceTitle = (await citizen.locator('h1').innerText()).trim();
    await slots.first().check();
    const booked = await submit(citizen, citizen.locator('main form button.button'));
    expect(booked.status(), 'booking the slot').toBe(200);
    await expect(citizen.locator('h1')).toBeVisible();
    await expect(citizen.locator('h1'), 'the booked page, not the choice page again').not.toHaveText(choiceTitle);
    await expect(citizen.locator('input[name="slot"]')).toHaveCount(0);
    await snap(citizen, `agent-${mode}-citizen-booked`);
    await citizenScanner.scan('booked');
    citizenScanner.expectClean();
    await open(citizen, link, 410);

    // 8. The agent sees the appointment booked.
    const reloaded = await agent.reload();
    expect(reloaded?.status()).toBe(200);
    await expect(status, 'the status once the citizen booked').not.toHaveText(statusProposed);
    await expect(status).not.toHaveText(statusInReview);
    await snap(agent, `agent-${mode}-case-booked`);
    await scanner.scan('case-booked');
  } finally {
    await context.close();
  }

  // 9. axe-core on the workspace's pages.
  scanner.expectClean();
}

test('agent workspace: sign-in with TOTP, queue, claim, message, slot booked by the citizen (agent with JavaScript)', { tag: ALL_LANGUAGES }, async ({
  browser,
  page,
  baseURL,
}) => {
  await agentStory(browser, page, baseURL!, 'js');
});

test('agent workspace: the same story with the agent without JavaScript', async ({ browser, page, baseURL }) => {
  await agentStory(browser, page, baseURL!, 'nojs');
});

test('the supervisor\'s statistics and the administrator\'s accounts page', { tag: ALL_LANGUAGES }, async ({ browser, baseURL }) => {
  for (const [role, path] of [
    ['supervisor', '/agent/statistics'],
    ['admin', '/agent/admin'],
  ]) {
    const suffix = uniqueSuffix();
    const account: AgentAccount = {
      email: `${role}.e2e.${suffix}@example.fr`,
      name: `${role} E2E`,
      password: `correct horse battery ${suffix}`,
      unit: UNIT,
    };
    createAgent(account, role);
    const context = await browser.newContext({ baseURL, locale: testLocale() });
    const agent = await context.newPage();
    try {
      await open(agent, '/agent/sign-in');
      await signIn(agent, account, '/agent/enrol');
      const secret = (await agent.locator('.totp-secret code').innerText()).replace(/\s+/g, '');
      await agent.locator('input[name="code"]').fill(totpCode(secret, totpStep()));
      const enrolled = await submit(agent, agent.locator('form[action="/agent/enrol"] button.button'));
      expect(enrolled.status(), `the ${role} is signed in`).toBe(200);
      await open(agent, path);
      const scanner = Scanner.inPlace(agent, `agent-${role}`);
      await scanner.scan(path.slice('/agent/'.length));
      scanner.expectClean();
    } finally {
      await context.close();
    }
  }
});
