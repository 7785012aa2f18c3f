// axe-core scans of every page a test walks through, in the test's language.
import { expect, test, type Browser, type Page } from '@playwright/test';
import { baseURL } from '../../playwright.config';
import { axeViolations, currentPath, expectMirroring, expectPageLanguage, snap, testLanguage, testLocale } from './portal';

/**
 * Screenshots every page as <language>-<prefix>-<name>.png, asserts its
 * `<html lang>` and `dir` (right to left in Arabic) and what mirrors in
 * Arabic (`expectMirroring`), and keeps its axe-core violations. A scanner made by `Scanner.off` scans nothing.
 * axe-core is a script: it cannot run in the page a visitor without
 * JavaScript sees, so the page's exact HTML (error states included,
 * which only a POST reaches) is scanned in a sibling page of the same
 * origin where script runs. The portal's pages carry no script, so both
 * show the same document.
 */
export class Scanner {
  readonly scanned: string[] = [];
  readonly failures = new Map<string, string[]>();

  private constructor(
    private readonly page: Page,
    private readonly axePage: Page,
    private readonly prefix: string,
    private readonly enabled = true,
  ) {}

  /** A scanner for `page`, with its script-enabled sibling in `browser`. */
  static async open(page: Page, browser: Browser, prefix: string): Promise<Scanner> {
    Scanner.allowTime();
    const context = await browser.newContext({ javaScriptEnabled: true, locale: testLocale() });
    const axePage = await context.newPage();
    await axePage.goto(`${baseURL}/healthz`);
    return new Scanner(page, axePage, prefix);
  }

  /** A scanner that runs axe-core in `page` itself (script enabled there). */
  static inPlace(page: Page, prefix: string): Scanner {
    Scanner.allowTime();
    return new Scanner(page, page, prefix);
  }

  /**
   * A test that walks a whole flow with a screenshot and an axe-core run on
   * each page gets three times the usual time (the suite shares two cores).
   */
  private static allowTime(): void {
    test.slow();
  }

  /** A scanner that scans nothing (the same walk, scanned in another test). */
  static off(page: Page, prefix: string): Scanner {
    return new Scanner(page, page, prefix, false);
  }

  /** Scans the page `page` shows now (`on` another page of the same test, if given). */
  async scan(name: string, on: Page = this.page): Promise<void> {
    if (!this.enabled) return;
    await expectPageLanguage(on);
    await expectMirroring(on);
    await snap(on, `${testLanguage()}-${this.prefix}-${name}`);
    if (this.axePage === on) {
      this.keep(name, on, await axeViolations(on));
      return;
    }
    await this.axePage.setContent(await on.content(), { waitUntil: 'load' });
    expect(await this.axePage.title(), 'the scanned copy is the same document').toBe(await on.title());
    const styled = await this.axePage.evaluate(() =>
      Array.from(document.styleSheets).some((sheet) => sheet.cssRules.length > 0),
    );
    expect(styled, 'the scanned copy has the stylesheet (contrast is checked)').toBe(true);
    this.keep(name, on, await axeViolations(this.axePage));
  }

  private keep(name: string, on: Page, violations: string[]): void {
    this.scanned.push(`${name} (${currentPath(on)})`);
    if (violations.length) this.failures.set(`${name} ${on.url()}`, violations);
  }

  /** Fails the test with every violation found. */
  expectClean(): void {
    const report = [...this.failures].map(([page, v]) => `${page}\n${v.join('\n')}`).join('\n\n');
    if (report) console.log(`axe-core violations:\n${report}`);
    expect(report, `axe-core violations on ${this.failures.size} of ${this.scanned.length} pages`).toBe('');
  }
}
