// The form checklist (WCAG 2.2 / RGAA 4.1) run in the page's own DOM:
// labels, hints and errors tied to their field, fieldsets and legends
// around radios and checkboxes, the error summary, autocomplete tokens of
// personal fields, the skip link, and headings in order.
import { expect, type Page } from '@playwright/test';
import { currentPath } from './portal';

/** The `autocomplete` token each personal field must carry where the declarant gives their own details. */
export const PERSONAL_FIELDS: Record<string, string> = {
  surname: 'family-name',
  given_names: 'given-name',
  birth_date: 'bday',
  email: 'email',
  phone: 'tel',
  address: 'street-address',
  postcode: 'postal-code',
  town: 'address-level2',
  country: 'country-name',
};

/** What the checklist finds wrong on the page shown; `personal`: the page asks for the declarant's own details. */
export async function formProblems(page: Page, personal: 'autocomplete' | 'off' | 'none'): Promise<string[]> {
  return page.evaluate(
    ({ personal, fields }) => {
      const problems: string[] = [];
      const name = (el: Element) => `${el.tagName.toLowerCase()}[name=${el.getAttribute('name')}]#${el.id}`;
      const byId = (id: string) => document.getElementById(id);

      // One skip link, first in the page after the quick exit, to <main id="main">.
      const focusable = Array.from(document.querySelectorAll('a[href], button, input:not([type=hidden]), textarea, select'));
      const first = focusable.find((el) => !el.closest('.quick-exit'));
      if (!first?.matches('a.skip-link[href="#main"]')) problems.push(`the first link is not the skip link: ${first?.outerHTML.slice(0, 80)}`);
      if (!document.querySelector('main#main')) problems.push('no <main id="main"> for the skip link');

      // Headings: one h1, no level skipped going down.
      const headings = Array.from(document.querySelectorAll('h1, h2, h3, h4, h5, h6'));
      const h1s = headings.filter((h) => h.tagName === 'H1').length;
      if (h1s !== 1) problems.push(`${h1s} <h1> on the page`);
      let level = 1;
      for (const h of headings) {
        const l = Number(h.tagName[1]);
        if (l > level + 1) problems.push(`<${h.tagName.toLowerCase()}> "${h.textContent?.trim()}" after a level ${level} heading`);
        level = l;
      }

      // Every control has a label; its hints and errors exist.
      for (const el of Array.from(document.querySelectorAll('input, textarea, select'))) {
        const type = el.getAttribute('type') ?? '';
        if (['hidden', 'submit', 'button'].includes(type)) continue;
        const labelled = (el as HTMLInputElement).labels?.length || el.getAttribute('aria-label') || el.getAttribute('aria-labelledby');
        if (!labelled) problems.push(`${name(el)} has no label`);
        if ((type === 'radio' || type === 'checkbox') && !el.closest('fieldset')?.querySelector(':scope > legend')) {
          problems.push(`${name(el)} is not in a fieldset with a legend`);
        }
      }
      for (const el of Array.from(document.querySelectorAll('[aria-describedby]'))) {
        for (const id of (el.getAttribute('aria-describedby') ?? '').split(/\s+/)) {
          if (!byId(id)) problems.push(`${name(el)} is described by #${id}, which does not exist`);
        }
      }
      for (const hint of Array.from(document.querySelectorAll('.field > .hint[id], fieldset > .hint[id]'))) {
        if (!document.querySelector(`[aria-describedby~="${hint.id}"]`)) problems.push(`the hint #${hint.id} describes no field`);
      }

      // The error summary: focused on load, each link to a field in error.
      const summary = document.querySelector('.error-summary');
      const errors = Array.from(document.querySelectorAll('.field-error[id]'));
      if (errors.length && !summary) problems.push('errors without an error summary');
      if (summary) {
        if (summary.getAttribute('tabindex') !== '-1' || !summary.hasAttribute('autofocus')) {
          problems.push('the error summary is not focusable with autofocus');
        }
        if (document.activeElement !== summary) problems.push('the error summary does not have focus on load');
        const prefix = document.querySelector('.field-error .visually-hidden')?.textContent?.trim() ?? '';
        if (prefix && !document.title.startsWith(prefix)) problems.push(`the title "${document.title}" does not start with "${prefix}"`);
        for (const link of Array.from(summary.querySelectorAll('a'))) {
          const id = (link.getAttribute('href') ?? '').slice(1);
          const field = byId(id);
          if (!field || !field.matches('input, textarea, select')) {
            problems.push(`the summary links to #${id}, which is not a field`);
            continue;
          }
          const described = (el: Element | null) => (el?.getAttribute('aria-describedby') ?? '').split(/\s+/);
          const errorId = described(field).concat(described(field.closest('fieldset'))).find((d) => byId(d)?.matches('.field-error'));
          if (!errorId) problems.push(`#${id} is not described by its error message`);
          const group = field.matches('[type=radio], [type=checkbox]');
          if (!group && field.getAttribute('aria-invalid') !== 'true') problems.push(`#${id} in error has no aria-invalid="true"`);
        }
      }

      // Personal fields: the autocomplete token of their purpose, or "off"
      // on the violence report (a shared device must not remember them).
      if (personal !== 'none') {
        for (const [field, token] of Object.entries(fields)) {
          for (const el of Array.from(document.querySelectorAll(`input[name="${field}"]`))) {
            const expected = personal === 'off' ? 'off' : token;
            if (el.getAttribute('autocomplete') !== expected) {
              problems.push(`${name(el)} has autocomplete="${el.getAttribute('autocomplete')}", not "${expected}"`);
            }
          }
        }
      }
      return problems;
    },
    { personal, fields: PERSONAL_FIELDS },
  );
}

/** Runs the checklist on pages and reports every problem at the end. */
export class FormChecklist {
  readonly checked: string[] = [];
  readonly failures = new Map<string, string[]>();

  /** Checks the page shown; `personal` as in [`formProblems`]. */
  async check(page: Page, name: string, personal: 'autocomplete' | 'off' | 'none' = 'none'): Promise<void> {
    this.checked.push(`${name} (${currentPath(page)})`);
    // The browser moves focus to an `autofocus` element shortly after load.
    const summary = page.locator('.error-summary');
    if (await summary.count()) await expect(summary, `${name}: the error summary takes focus`).toBeFocused();
    const problems = await formProblems(page, personal);
    if (problems.length) this.failures.set(`${name} ${page.url()}`, problems);
  }

  /** Fails the test with every problem found. */
  expectClean(): void {
    const report = [...this.failures].map(([p, v]) => `${p}\n  ${v.join('\n  ')}`).join('\n\n');
    if (report) console.log(`form checklist:\n${report}`);
    expect(report, `problems on ${this.failures.size} of ${this.checked.length} pages`).toBe('');
  }
}
