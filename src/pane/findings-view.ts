// The findings list, grouped by severity. Updated in place: nodes of findings that are still
// there are kept (so the list never flickers, the scroll place and keyboard focus survive a
// re-check), new ones are inserted, gone ones removed.
import { t, type Lang } from '../core/i18n';
import type { Finding, Severity } from '../core/rules/types';
import { SEVERITIES } from '../core/rules/types';

export interface FindingsViewOptions {
  /** Findings are buttons that select their cell (Excel); otherwise plain items. */
  interactive: boolean;
  onActivate(finding: Finding): void;
  /** Offered next to findings that carry a fix, when set (Excel). */
  onFix?(finding: Finding): void;
}

interface Group {
  section: HTMLElement;
  heading: HTMLElement;
  count: HTMLElement;
  list: HTMLUListElement;
}

interface Item {
  li: HTMLLIElement;
  el: HTMLElement;
  finding: Finding;
  rendered: string;
}

/** Stable identity of a finding across checks (occurrence number for exact repeats). */
export function findingKeys(findings: Finding[]): string[] {
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const base = [f.ruleId, f.messageId, f.sheet, f.cell ?? '', f.entity].join('\u0001');
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return `${base}\u0001${n}`;
  });
}

export class FindingsView {
  private groups = new Map<Severity, Group>();
  private items = new Map<string, Item>();
  private lang: Lang = 'vi';
  private findings: Finding[] = [];

  constructor(
    private root: HTMLElement,
    private options: FindingsViewOptions,
  ) {
    for (const severity of SEVERITIES) {
      const section = document.createElement('section');
      section.className = `group group-${severity}`;
      section.dataset.severity = severity;
      section.hidden = true;
      const heading = document.createElement('h3');
      heading.id = `group-${severity}`;
      heading.className = 'group-heading';
      const icon = document.createElement('span');
      icon.className = `sev-icon sev-${severity}`;
      icon.setAttribute('aria-hidden', 'true');
      const label = document.createElement('span');
      label.className = 'group-label';
      const count = document.createElement('span');
      count.className = 'count';
      heading.append(icon, label, count);
      const list = document.createElement('ul');
      list.className = 'finding-list';
      list.setAttribute('aria-labelledby', heading.id);
      section.append(heading, list);
      root.append(section);
      this.groups.set(severity, { section, heading, count, list });
    }
  }

  get size(): number {
    return this.findings.length;
  }

  setLang(lang: Lang): void {
    this.lang = lang;
    this.update(this.findings);
  }

  update(findings: Finding[]): void {
    this.findings = findings;
    const keys = findingKeys(findings);
    const live = new Set(keys);
    const active = document.activeElement;
    let lostFocus = false;
    for (const [key, item] of this.items) {
      if (live.has(key)) continue;
      if (item.li.contains(active)) lostFocus = true;
      item.li.remove();
      this.items.delete(key);
    }
    const perGroup = new Map<Severity, Array<[string, Finding]>>(SEVERITIES.map((s) => [s, []]));
    findings.forEach((f, i) => perGroup.get(f.severity)!.push([keys[i], f]));
    for (const severity of SEVERITIES) {
      const group = this.groups.get(severity)!;
      const entries = perGroup.get(severity)!;
      (group.heading.querySelector('.group-label') as HTMLElement).textContent = t(this.lang, `pane.group.${severity}`);
      group.count.textContent = String(entries.length);
      group.section.hidden = entries.length === 0;
      let cursor: ChildNode | null = group.list.firstChild;
      for (const [key, finding] of entries) {
        let item = this.items.get(key);
        if (!item) {
          item = this.create(finding);
          this.items.set(key, item);
        }
        this.fill(item, finding);
        // Move only what is out of place: untouched nodes keep the layout (and scroll) still.
        if (item.li === cursor) cursor = cursor.nextSibling;
        else group.list.insertBefore(item.li, cursor);
      }
    }
    if (lostFocus) {
      const first = this.root.querySelector<HTMLElement>('.finding');
      (first ?? this.root).focus();
    }
  }

  private create(finding: Finding): Item {
    const li = document.createElement('li');
    const el = document.createElement(this.options.interactive ? 'button' : 'div');
    el.className = 'finding';
    if (el instanceof HTMLButtonElement) {
      el.type = 'button';
      el.addEventListener('click', () => this.options.onActivate(item.finding));
    }
    const message = document.createElement('span');
    message.className = 'message';
    const where = document.createElement('span');
    where.className = 'where';
    const rule = document.createElement('span');
    rule.className = 'rule';
    el.append(message, where, rule);
    li.append(el);
    const item: Item = { li, el, finding, rendered: '' };
    if (this.options.interactive && this.options.onFix) {
      // A sibling of the finding's button (buttons do not nest), shown only when the finding has a fix.
      const fix = document.createElement('button');
      fix.type = 'button';
      fix.className = 'fix';
      fix.addEventListener('click', () => this.options.onFix!(item.finding));
      li.append(fix);
    }
    return item;
  }

  private fill(item: Item, f: Finding): void {
    item.finding = f;
    const signature = [this.lang, f.message.vi, f.message.en, f.sheet, f.cell ?? '', f.severity, f.fix?.to ?? ''].join(
      '\u0001',
    );
    if (item.rendered === signature) return;
    item.rendered = signature;
    const { el } = item;
    el.dataset.ruleId = f.ruleId;
    el.dataset.cell = f.cell ?? '';
    el.dataset.sheet = f.sheet;
    el.dataset.severity = f.severity;
    const message = f.message[this.lang];
    const where = f.cell
      ? t(this.lang, 'pane.finding.where', { sheet: f.sheet, cell: f.cell })
      : t(this.lang, 'pane.finding.whereSheet', { sheet: f.sheet });
    (el.querySelector('.message') as HTMLElement).textContent = message;
    (el.querySelector('.where') as HTMLElement).textContent = where;
    (el.querySelector('.rule') as HTMLElement).textContent = f.ruleId;
    const fix = item.li.querySelector<HTMLButtonElement>('button.fix');
    if (fix) {
      fix.hidden = !f.fix || !f.cell;
      fix.textContent = t(this.lang, 'pane.fix.button');
      fix.setAttribute('aria-label', t(this.lang, 'pane.fix.label', { cell: f.cell ?? '', to: f.fix?.to ?? '' }));
      fix.title = t(this.lang, 'pane.fix.label', { cell: f.cell ?? '', to: f.fix?.to ?? '' });
    }
    if (this.options.interactive) {
      el.setAttribute(
        'aria-label',
        t(this.lang, 'pane.finding.goTo', {
          severity: t(this.lang, `severity.${f.severity}`),
          message,
          sheet: f.sheet,
          cell: f.cell ?? 'A1',
        }),
      );
    }
  }
}
