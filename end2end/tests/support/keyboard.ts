// Keyboard-only moves for the browser tests: Tab / Shift+Tab to a control,
// arrow keys in a radio group, Space on a checkbox, Enter on a link or
// button, typing into the focused field. After every move the focused
// element is checked: it is the one expected and its focus indicator is
// visible (an outline or a box-shadow at least 2 CSS px thick, inside the
// viewport).
import { expect, type Page, type Response } from '@playwright/test';

/** What a test needs to know about the focused element. */
export interface Focused {
  tag: string;
  id: string;
  name: string;
  type: string;
  value: string;
  text: string;
  outline: string;
  boxShadow: string;
  indicator: number;
  inViewport: boolean;
}

/** The focused element, described; `null` when focus is on the body. */
export async function focused(page: Page): Promise<Focused | null> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body || el === document.documentElement) return null;
    const style = getComputedStyle(el);
    // Tab also stops on the calendar button inside a date or time field:
    // the field is then the active element without matching :focus, and
    // the stylesheet draws the ring on that button
    // (::-webkit-calendar-picker-indicator), which computed styles cannot
    // read; the field's own ring is checked at its other stops.
    const pickerButton = el.matches('input[type="date"], input[type="time"]') && !el.matches(':focus');
    if (pickerButton) {
      return {
        tag: el.tagName.toLowerCase(), id: el.id, name: el.getAttribute('name') ?? '',
        type: el.getAttribute('type') ?? '', value: (el as HTMLInputElement).value, text: 'calendar button',
        outline: 'on the calendar button', boxShadow: '', indicator: 3, inViewport: true,
      };
    }
    const outline = style.outlineStyle === 'none' ? 0 : parseFloat(style.outlineWidth) || 0;
    // A box-shadow's spread is its fourth length: `rgb(…) 0px 0px 0px 6px`.
    const lengths = (style.boxShadow.match(/-?[\d.]+px/g) ?? []).map(parseFloat);
    const spread = style.boxShadow === 'none' ? 0 : Math.max(0, lengths[3] ?? 0, lengths[2] ?? 0);
    const rect = el.getBoundingClientRect();
    const input = el as HTMLInputElement;
    return {
      tag: el.tagName.toLowerCase(),
      id: el.id,
      name: el.getAttribute('name') ?? '',
      type: el.getAttribute('type') ?? '',
      value: input.value ?? '',
      text: (el.innerText || el.getAttribute('aria-label') || '').replace(/\s+/g, ' ').trim(),
      outline: `${style.outlineStyle} ${style.outlineWidth}`,
      boxShadow: style.boxShadow,
      indicator: Math.max(outline, spread),
      inViewport:
        rect.width > 0 && rect.height > 0 && rect.bottom > 0 && rect.right > 0 &&
        rect.top < window.innerHeight && rect.left < window.innerWidth,
    };
  });
}

/** Asserts that focus sits on an element matching `selector`, visibly. */
export async function expectFocus(page: Page, selector: string, what: string): Promise<Focused> {
  const matches = await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector);
  expect(matches, `focus on ${what} (${selector}); it is on ${JSON.stringify(await focused(page))} at ${page.url()}`)
    .toBe(true);
  await expect
    .poll(async () => (await focused(page))?.indicator ?? 0, { message: `a visible focus indicator on ${what}` })
    .toBeGreaterThanOrEqual(2);
  const now = await focused(page);
  if (!now) throw new Error(`no focused element for ${what}`);
  expect(now.inViewport, `${what} is scrolled into view when focused`).toBe(true);
  return now;
}

/**
 * Presses Tab (or Shift+Tab) until focus reaches `selector`, at most `max`
 * times; every stop on the way must show a focus indicator too.
 */
export async function tabTo(
  page: Page,
  selector: string,
  what: string,
  options: { max?: number; backwards?: boolean } = {},
): Promise<Focused> {
  const max = options.max ?? 80;
  const key = options.backwards ? 'Shift+Tab' : 'Tab';
  const path: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key);
    const matches = await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector);
    if (matches) return expectFocus(page, selector, what);
    const stop = await focused(page);
    if (stop) {
      path.push(`${stop.tag}#${stop.id}[${stop.name}] "${stop.text.slice(0, 30)}"`);
      await expect
        .poll(async () => (await focused(page))?.indicator ?? 0, {
          message: `focus indicator on the way to ${what}: ${path[path.length - 1]}`,
        })
        .toBeGreaterThanOrEqual(2);
    }
  }
  throw new Error(`${key} ×${max} never reached ${what} (${selector}) at ${page.url()}; stops: ${path.join(' → ')}`);
}

/** Tabs to the text field `name` and types `text` into it. */
export async function typeInto(page: Page, name: string, text: string, what = name): Promise<void> {
  await tabTo(page, `input[name="${name}"], textarea[name="${name}"]`, what);
  await page.keyboard.type(text);
}

/**
 * Answers the radio group `name` with `value`: Tab into the group (focus
 * lands on its first radio, or the checked one), then arrow keys until the
 * wanted option is focused and checked (Space when it already is focused).
 */
export async function chooseRadio(page: Page, name: string, value: string): Promise<void> {
  await tabTo(page, `input[type="radio"][name="${name}"]`, `the "${name}" radio group`);
  for (let i = 0; i < 40; i++) {
    const now = await focused(page);
    if (now?.value === value) {
      await page.keyboard.press('Space');
      await expect(page.locator(`input[name="${name}"][value="${value}"]`)).toBeChecked();
      await expectFocus(page, `input[name="${name}"][value="${value}"]`, `"${name}" = "${value}"`);
      return;
    }
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`no option "${value}" in the radio group "${name}"`);
}

/** Tabs to the checkbox `name=value` and ticks it with Space. */
export async function tick(page: Page, name: string, value: string): Promise<void> {
  const selector = `input[type="checkbox"][name="${name}"][value="${value}"]`;
  await tabTo(page, selector, `the checkbox ${name}=${value}`);
  await page.keyboard.press('Space');
  await expect(page.locator(selector)).toBeChecked();
}

/** Presses `key` on the focused element and waits for the page it leads to. */
export async function pressAndLoad(page: Page, key = 'Enter'): Promise<Response> {
  const [response] = await Promise.all([page.waitForNavigation(), page.keyboard.press(key)]);
  if (!response) throw new Error(`${key} on ${page.url()} loaded nothing`);
  return response;
}

/** Tabs to the button or link `selector` and activates it with Enter; returns the page loaded. */
export async function activate(page: Page, selector: string, what: string): Promise<Response> {
  await tabTo(page, selector, what);
  return pressAndLoad(page);
}
