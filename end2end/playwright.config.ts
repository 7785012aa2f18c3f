// Browser tests of the portal, in Debian's Chromium (never a downloaded one).
//
// The web server is the real server binary, started on a fresh SQLite
// database in a fresh data folder for each run. Environment:
//   PORTAL_SERVER_BIN    server binary (default ../target/debug/server,
//                        or $CARGO_TARGET_DIR/debug/server)
//   PORTAL_E2E_DATA_DIR  data folder to use (default: a new temp folder)
//   PORTAL_E2E_PORT      port to serve on (default 3111); the test OpenID
//                        Connect provider (oidc/provider.mjs) listens on
//                        this port + 1000
//   PORTAL_E2E_OUTPUT_DIR  traces and failure screenshots (default
//                        ./test-results; Playwright empties it at each run)
//   CHROMIUM_BIN         browser (default /usr/bin/chromium)
//   SMTP_URL             passed to the server when set; unset, mails become
//                        .eml files under <data dir>/outbox/
//   PORTAL_TEST_MAILDIR  with SMTP_URL: the Maildir the SMTP sink writes to,
//                        where the tests look for the confirmation mail
//
// Three projects, one per language a visitor's browser asks for (its
// locale, sent as Accept-Language): `en` runs every test; `fr` and `ar`
// (right to left) run the tests tagged @all-languages, the walks through
// every page of every flow with axe-core. `--project ar` runs one language.
//
// The server's public URL (PORTAL_PUBLIC_URL, used in the links it mails) is
// the base URL the tests browse. `dataDir`, `serverBin` and `baseURL` are
// exported for tests that run the server's administration commands
// (tests/support/agent.ts) on the same database.
import { defineConfig } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// This file is loaded by the runner and again by each worker; the workers
// inherit the runner's environment, so the data folder is created once.
if (!process.env.PORTAL_E2E_DATA_DIR) {
  process.env.PORTAL_E2E_DATA_DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-e2e-'));
}
export const dataDir = path.resolve(process.env.PORTAL_E2E_DATA_DIR);
fs.mkdirSync(dataDir, { recursive: true });
process.env.PORTAL_E2E_DATA_DIR = dataDir;

if (!process.env.SMTP_URL) delete process.env.SMTP_URL;

const port = Number(process.env.PORTAL_E2E_PORT || 3111);
export const baseURL = `http://127.0.0.1:${port}`;
/** The OpenID Connect provider that verifies identities for online complaints. */
export const oidcIssuer = `http://127.0.0.1:${port + 1000}`;
const targetDir = process.env.CARGO_TARGET_DIR
  ? path.resolve(__dirname, '..', process.env.CARGO_TARGET_DIR)
  : path.resolve(__dirname, '..', 'target');
export const serverBin = path.resolve(process.env.PORTAL_SERVER_BIN || path.join(targetDir, 'debug', 'server'));
const serverLog = path.join(dataDir, 'server.log');

const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

export default defineConfig({
  testDir: './tests',
  outputDir: process.env.PORTAL_E2E_OUTPUT_DIR || './test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  timeout: 90_000,
  expect: { timeout: 5_000 },
  reporter: [['list']],
  use: {
    baseURL,
    browserName: 'chromium',
    launchOptions: {
      executablePath: process.env.CHROMIUM_BIN || '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
  },
  projects: [
    { name: 'en', use: { locale: 'en-GB' } },
    { name: 'fr', use: { locale: 'fr-FR' }, grep: /@all-languages/ },
    { name: 'ar', use: { locale: 'ar' }, grep: /@all-languages/ },
  ],
  webServer: [
    {
      // A real OpenID Connect provider (the certified oidc-provider package)
      // for the online complaint, with its development sign-in pages.
      command: `exec node oidc/provider.mjs >> ${quote(path.join(dataDir, 'oidc.log'))} 2>&1`,
      url: `${oidcIssuer}/.well-known/openid-configuration`,
      reuseExistingServer: false,
      timeout: 30_000,
      env: {
        OIDC_PORT: String(port + 1000),
        OIDC_CLIENT_ID: 'portal-e2e',
        OIDC_CLIENT_SECRET: 'portal-e2e-secret',
        OIDC_REDIRECT_URIS: `${baseURL}/complaint/callback`,
      },
    },
    {
      // The server's own output goes to a file next to its database, so a
      // failing run can be read afterwards (scripts/test-all prints its end).
      command: `exec ${quote(serverBin)} >> ${quote(serverLog)} 2>&1`,
      url: `${baseURL}/healthz`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: {
        PORTAL_ADDR: `127.0.0.1:${port}`,
        DATABASE_URL: `sqlite://${dataDir}/portal.db`,
        PORTAL_DATA_DIR: dataDir,
        PORTAL_PUBLIC_URL: baseURL,
        PORTAL_OIDC_ISSUER: oidcIssuer,
        PORTAL_OIDC_CLIENT_ID: 'portal-e2e',
        PORTAL_OIDC_CLIENT_SECRET: 'portal-e2e-secret',
        PORTAL_OIDC_REDIRECT_URL: `${baseURL}/complaint/callback`,
        RUST_LOG: process.env.RUST_LOG || 'info',
      },
    },
  ],
});
