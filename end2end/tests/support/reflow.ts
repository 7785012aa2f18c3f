// Reflow (WCAG 1.4.10): a page read 320 CSS px wide, and at 200 % zoom,
// scrolls in one direction only.
//
// 200 % zoom is a 640 CSS px viewport: browser zoom divides the CSS pixels
// of the window, so a 1280 px window at 200 % lays pages out exactly like a
// 640 px one (media queries included). `deviceScaleFactor` only sharpens
// the same layout, and CDP `Emulation.setPageScaleFactor` is pinch zoom,
// which magnifies without reflowing; neither would show what a zoomed
// reader sees.
import { expect, type Page } from '@playwright/test';
import { currentPath, snap } from './portal';

/** The widths checked: a 320 px screen, and a 1280 px window at 200 %. */
export const REFLOW_WIDTHS = [320, 640];

/** What overflows the viewport on the page shown, at its current width. */
async function overflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const problems: string[] = [];
    if (document.documentElement.scrollWidth > window.innerWidth) {
      problems.push(`the page is ${document.documentElement.scrollWidth} px wide in a ${window.innerWidth} px window`);
    }
    const describe = (el: Element) => {
      const id = el.id ? `#${el.id}` : '';
      const cls = el.getAttribute('class') ? `.${el.getAttribute('class')!.trim().split(/\s+/).join('.')}` : '';
      const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
      return `${el.tagName.toLowerCase()}${id}${cls} "${text}"`;
    };
    // Content inside a scroll container (a wide table in its own
    // horizontally scrolling region) may be wider than the screen.
    const scrolled = (el: Element) => {
      for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
        const o = getComputedStyle(a).overflowX;
        if (o === 'auto' || o === 'scroll') return true;
      }
      return false;
    };
    for (const el of Array.from(document.body.querySelectorAll('*'))) {
      if (el.closest('.visually-hidden, head, script, style')) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0 || scrolled(el)) continue;
      if (r.right > width + 1 || r.left < -1) {
        problems.push(`${describe(el)} spans ${Math.round(r.left)}…${Math.round(r.right)} px`);
      }
      // Text wider than its own box (a long word that does not wrap).
      const style = getComputedStyle(el);
      const isField = ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName);
      if (!isField && style.overflowX === 'visible' && el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0) {
        const last = problems[problems.length - 1];
        const line = `${describe(el)}: its content is ${el.scrollWidth} px wide in ${el.clientWidth} px`;
        if (last !== line) problems.push(line);
      }
    }
    return problems.slice(0, 12);
  });
}

/** Checks pages at each width and keeps what overflows, for one report at the end. */
export class ReflowCheck {
  readonly checked: string[] = [];
  readonly failures = new Map<string, string[]>();

  constructor(private readonly prefix: string) {}

  /** Checks the page `page` shows at every width, then restores its viewport. */
  async check(page: Page, name: string): Promise<void> {
    const before = page.viewportSize();
    for (const width of REFLOW_WIDTHS) {
      await page.setViewportSize({ width, height: 800 });
      const problems = await overflow(page);
      this.checked.push(`${name}@${width} (${currentPath(page)})`);
      if (problems.length) {
        this.failures.set(`${name} at ${width} px ${page.url()}`, problems);
        await snap(page, `${this.prefix}-${name}-${width}`);
      }
    }
    if (before) await page.setViewportSize(before);
  }

  /** Fails the test with every overflow found. */
  expectClean(): void {
    const report = [...this.failures].map(([p, v]) => `${p}\n  ${v.join('\n  ')}`).join('\n\n');
    if (report) console.log(`horizontal overflow:\n${report}`);
    expect(report, `overflow on ${this.failures.size} of ${this.checked.length} page widths`).toBe('');
  }
}
