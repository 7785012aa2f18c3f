// The quick exit's destination, kept inside the test: the real neutral site
// is never loaded.
//
// Playwright does not intercept the hops of a server redirect, so the
// browser's request to /leave is answered here with what the portal itself
// answers (fetched from it: the 303's headers, Set-Cookie removal and
// Clear-Site-Data included, are kept and checked), except that the redirect
// is made by a zero-second refresh, whose target (a new navigation that
// replaces /leave in the history, as the 303 does) Playwright does
// intercept and fulfils with a tiny page.
//
// Whether the script blanks the page before leaving is checked apart: a
// page cannot be read while its navigation to /leave is under way.
import { expect, type BrowserContext, type Page } from '@playwright/test';

/** Where the portal sends a visitor who leaves. */
export const NEUTRAL_SITE = 'https://meteofrance.com/';

/** What the test saw of each /leave: the portal's own answers. */
export interface Leaving {
  answers: { status: number; headers: Record<string, string> }[];
}

/** Routes /leave and the neutral site in `context`. */
export async function interceptLeaving(context: BrowserContext): Promise<Leaving> {
  const seen: Leaving = { answers: [] };
  await context.route(/^https:\/\/meteofrance\.com\//, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: '<!DOCTYPE html><html lang="fr"><title>Météo</title><h1>Météo du jour</h1></html>',
    }),
  );
  await context.route(/\/leave$/, async (route) => {
    const answer = await route.fetch({ maxRedirects: 0 });
    const headers = answer.headers();
    seen.answers.push({ status: answer.status(), headers });
    const { location, ...kept } = headers;
    await route.fulfill({
      status: 200,
      headers: { ...kept, 'content-type': 'text/html; charset=utf-8' },
      body: `<!DOCTYPE html><meta http-equiv="refresh" content="0;url=${location}"><title></title>`,
    });
  });
  return seen;
}

/**
 * With script: `leave` (a click, Shift three times) empties the page and
 * its title before anything else. The way out is cut for this check (the
 * navigation to /leave is aborted), so the blanked page stays to be read.
 */
export async function expectBlankedAtOnce(page: Page, leave: () => Promise<void>): Promise<void> {
  const way = /\/leave$/;
  let asked = 0;
  await page.route(way, (route) => {
    asked += 1;
    return route.abort('aborted');
  });
  await leave();
  await expect.poll(() => asked, 'the script went to /leave').toBe(1);
  const state = () => page.evaluate(() => [document.body.childElementCount, document.title]);
  await expect.poll(state, 'the page is blank').toEqual([0, '']);
  await page.unroute(way);
}

/** Asserts that the portal answered /leave as the quick exit must. */
export function expectLeftProperly(seen: Leaving): void {
  expect(seen.answers.length, 'one /leave').toBe(1);
  const [answer] = seen.answers;
  expect(answer.status).toBe(303);
  expect(answer.headers['location']).toBe(NEUTRAL_SITE);
  expect(answer.headers['clear-site-data']).toBe('"cache", "cookies", "storage"');
  expect(answer.headers['cache-control']).toBe('no-store');
  expect(answer.headers['referrer-policy']).toBe('no-referrer');
  expect(answer.headers['set-cookie'] ?? '', 'the session cookie is removed').toMatch(/portal_session=;.*Max-Age=0/);
}
