// Helpers of the agent workspace tests: creating an account with the
// server's own command line on the database the test server uses, and the
// TOTP second factor (RFC 6238) computed here, independently of the server.
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import { expect, type Browser, type Page } from '@playwright/test';
import { dataDir, serverBin } from '../../playwright.config';
import { continueTo, open, testLocale } from './portal';

/** An agent account created for one test. */
export interface AgentAccount {
  email: string;
  name: string;
  password: string;
  unit: string;
}

/**
 * Runs `server agent add … --password-stdin` against the test server's
 * SQLite database; returns what the command printed. Throws with its
 * output when it fails.
 */
export function createAgent(account: AgentAccount, role = 'agent'): string {
  const args = [
    'agent',
    'add',
    '--email',
    account.email,
    '--name',
    account.name,
    '--role',
    role,
    '--unit',
    account.unit,
    '--password-stdin',
  ];
  try {
    return execFileSync(serverBin, args, {
      input: account.password + '\n',
      env: {
        ...process.env,
        DATABASE_URL: `sqlite://${dataDir}/portal.db`,
        PORTAL_DATA_DIR: dataDir,
        RUST_LOG: 'warn',
      },
      encoding: 'utf8',
      timeout: 60_000,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
  } catch (e) {
    const err = e as { status?: number; stdout?: string; stderr?: string; message: string };
    throw new Error(
      `${serverBin} ${args.join(' ')} failed (exit ${err.status}): ${err.message}\n` +
        `stdout: ${err.stdout ?? ''}\nstderr: ${err.stderr ?? ''}`,
    );
  }
}

/** A string unique to this run and call, for emails and message texts. */
export function uniqueSuffix(): string {
  return `${Date.now().toString(36)}${crypto.randomBytes(3).toString('hex')}`;
}

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** Decodes RFC 4648 base32 (A–Z, 2–7; spaces, case and `=` padding ignored). */
export function base32Decode(text: string): Buffer {
  const clean = text.replace(/[\s=]/g, '').toUpperCase();
  const out: number[] = [];
  let bits = 0;
  let value = 0;
  for (const char of clean) {
    const index = BASE32.indexOf(char);
    if (index < 0) throw new Error(`not base32: ${JSON.stringify(char)} in ${JSON.stringify(text)}`);
    value = (value << 5) | index;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return Buffer.from(out);
}

/** The TOTP time step (30 s) of now, or of `unixSeconds`. */
export function totpStep(unixSeconds = Date.now() / 1000): number {
  return Math.floor(unixSeconds / 30);
}

/** The 6-digit TOTP code (HMAC-SHA1, RFC 6238 / RFC 4226) of `step` for a base32 secret. */
export function totpCode(secretBase32: string, step: number): string {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(step));
  const mac = crypto.createHmac('sha1', base32Decode(secretBase32)).update(counter).digest();
  const offset = mac[mac.length - 1] & 0x0f;
  const binary = mac.readUInt32BE(offset) & 0x7fffffff;
  return String(binary % 1_000_000).padStart(6, '0');
}

// RFC 6238 appendix B, SHA-1, T = 59 s: 94287082, whose last six digits are
// the 6-digit code. Checked once when loaded, so a broken helper fails loudly.
{
  const rfcSecret = base32Encode(Buffer.from('12345678901234567890'));
  const code = totpCode(rfcSecret, totpStep(59));
  if (code !== '287082') throw new Error(`TOTP helper broken: RFC 6238 vector gave ${code}, not 287082`);
}

/** Encodes bytes as RFC 4648 base32 without padding. */
export function base32Encode(bytes: Buffer): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += BASE32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += BASE32[(value << (5 - bits)) & 31];
  return out;
}

/** An agent of `unit` (with `role`): created, signed in with a TOTP enrolment, on the queue. */
export async function agentSignsIn(
  browser: Browser,
  baseURL: string,
  unit: string,
  js: boolean,
  role = 'agent',
): Promise<Page> {
  const suffix = uniqueSuffix();
  const account: AgentAccount = {
    email: `follow-up.${suffix}@example.fr`,
    name: 'Agent Follow-up',
    password: `correct horse battery ${suffix}`,
    unit,
  };
  createAgent(account, role);
  const context = await browser.newContext({ baseURL, locale: testLocale(), javaScriptEnabled: js });
  const agent = await context.newPage();
  await open(agent, '/agent/sign-in');
  await agent.locator('input[name="email"]').fill(account.email);
  await agent.locator('input[name="password"]').fill(account.password);
  await continueTo(agent, '/agent/enrol', agent.locator('form[action="/agent/sign-in"] button.button'));
  const secret = (await agent.locator('.totp-secret code').innerText()).replace(/\s+/g, '');
  await agent.locator('input[name="code"]').fill(totpCode(secret, totpStep()));
  await continueTo(agent, '/agent', agent.locator('form[action="/agent/enrol"] button.button'));
  return agent;
}

/** Opens the case of `reference` from the queue (following its pages). */
export async function openCase(agent: Page, reference: string): Promise<string> {
  for (let pageNo = 1; pageNo <= 20; pageNo++) {
    const link = agent.locator('table.queue a[href^="/agent/cases/"]', { hasText: reference });
    if (await link.count()) {
      const href = (await link.getAttribute('href')) ?? '';
      const [opened] = await Promise.all([agent.waitForNavigation(), link.click()]);
      expect(opened?.status(), `status of GET ${href}`).toBe(200);
      return href;
    }
    const next = agent.locator('a[rel="next"]');
    if (!(await next.count())) break;
    await Promise.all([agent.waitForNavigation(), next.first().click()]);
  }
  throw new Error(`${reference} is not in the queue`);
}
