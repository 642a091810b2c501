// The findings list, grouped by severity. Updated in place: nodes of findings that are still
// there are kept (so the list never flickers, the scroll place and keyboard focus survive a
// re-check), new ones are inserted, gone ones removed. Every finding is a button, in Excel and in
// a plain browser alike: Enter or a click opens its detail (sheet, cell, the value the check saw)
// and, in Excel, selects the cell; Up and Down move between findings as in a list box.
import { t, type Lang } from '../core/i18n';
import type { Finding, Severity } from '../core/rules/types';
import { SEVERITIES } from '../core/rules/types';

export interface FindingsViewOptions {
  onActivate(finding: Finding): void;
  /** Activating a finding also selects its cell (Excel): said in its label. */
  selects(): boolean;
  /** The text the check saw in the finding's cell; null when it has none to show. */
  valueOf(finding: Finding): string | null;
  /** Offered next to findings that carry a fix, when `canFix()` (Excel). */
  onFix?(finding: Finding): void;
  canFix?(): boolean;
  /** Offered, in the same place, next to findings that carry a Table to extend, when `canExtend()`. */
  onExtend?(finding: Finding): void;
  canExtend?(): boolean;
}

interface Group {
  section: HTMLElement;
  heading: HTMLElement;
  count: HTMLElement;
  list: HTMLUListElement;
}

interface Item {
  li: HTMLLIElement;
  el: HTMLButtonElement;
  detail: HTMLElement;
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
  private serial = 0;

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
    root.addEventListener('keydown', (e) => this.move(e));
  }

  /** Up, Down, Home, End move the focus between findings, across the severity groups. */
  private move(e: KeyboardEvent): void {
    const target = e.target as HTMLElement;
    if (!target.classList?.contains('finding')) return;
    const all = Array.from(this.root.querySelectorAll<HTMLElement>('.group:not([hidden]) .finding'));
    const i = all.indexOf(target);
    const next =
      e.key === 'ArrowDown'
        ? all[i + 1]
        : e.key === 'ArrowUp'
          ? all[i - 1]
          : e.key === 'Home'
            ? all[0]
            : e.key === 'End'
              ? all[all.length - 1]
              : undefined;
    if (!next) return;
    e.preventDefault();
    next.focus();
  }

  /** The mode changed (Excel answered late): labels and fix buttons follow. */
  refresh(): void {
    for (const item of this.items.values()) item.rendered = '';
    this.update(this.findings);
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
    const el = document.createElement('button');
    el.type = 'button';
    el.className = 'finding';
    el.setAttribute('aria-expanded', 'false');
    const message = document.createElement('span');
    message.className = 'message';
    const where = document.createElement('span');
    where.className = 'where';
    const rule = document.createElement('span');
    rule.className = 'rule';
    el.append(message, where, rule);
    const detail = document.createElement('dl');
    detail.className = 'finding-detail';
    detail.id = `finding-detail-${++this.serial}`;
    detail.hidden = true;
    el.setAttribute('aria-controls', detail.id);
    li.append(el, detail);
    const item: Item = { li, el, detail, finding, rendered: '' };
    el.addEventListener('click', () => {
      const open = el.getAttribute('aria-expanded') !== 'true';
      // In Excel a second click selects the cell again and keeps the detail open.
      if (open || !this.options.selects()) this.expand(item, open);
      this.options.onActivate(item.finding);
    });
    if (this.options.onFix || this.options.onExtend) {
      // A sibling of the finding's button (buttons do not nest), shown only when the finding has a fix.
      const fix = document.createElement('button');
      fix.type = 'button';
      fix.className = 'fix';
      fix.addEventListener('click', () =>
        this.extensionOf(item.finding) ? this.options.onExtend?.(item.finding) : this.options.onFix?.(item.finding),
      );
      el.after(fix);
    }
    return item;
  }

  /** The Table the finding offers to extend, when this host can. */
  private extensionOf(f: Finding) {
    return f.extendTable && this.options.onExtend && this.options.canExtend?.() ? f.extendTable : null;
  }

  private expand(item: Item, open: boolean): void {
    item.el.setAttribute('aria-expanded', String(open));
    item.detail.hidden = !open;
  }

  /** Sheet, cell and the value the check saw, as a small definition list. */
  private fillDetail(item: Item, f: Finding, value: string | null): void {
    const { lang } = this;
    const rows: Array<[string, string]> = [
      [t(lang, 'pane.finding.detailSheet'), f.sheet],
      [t(lang, 'pane.finding.detailCell'), f.cell ?? t(lang, 'pane.finding.valueNone')],
    ];
    if (f.cell) rows.push([t(lang, 'pane.finding.detailValue'), value || t(lang, 'pane.finding.valueEmpty')]);
    item.detail.replaceChildren(
      ...rows.flatMap(([term, text], i) => {
        const dt = document.createElement('dt');
        dt.textContent = term;
        const dd = document.createElement('dd');
        dd.textContent = text;
        dd.dataset.field = ['sheet', 'cell', 'value'][i];
        return [dt, dd];
      }),
    );
  }

  private fill(item: Item, f: Finding): void {
    item.finding = f;
    const value = this.options.valueOf(f);
    const selects = this.options.selects();
    const signature = [
      this.lang,
      f.message.vi,
      f.message.en,
      f.sheet,
      f.cell ?? '',
      f.severity,
      f.fix?.to ?? '',
      f.extendTable?.to ?? '',
      value ?? '',
      selects,
    ].join('\u0001');
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
    const extension = this.extensionOf(f);
    if (fix && extension) {
      fix.hidden = false;
      fix.textContent = t(this.lang, 'pane.extend.button');
      fix.setAttribute('aria-label', t(this.lang, 'pane.extend.label', { ...extension }));
      fix.title = t(this.lang, 'pane.extend.label', { ...extension });
    } else if (fix) {
      fix.hidden = !f.fix || !f.cell || !this.options.onFix || !this.options.canFix?.();
      fix.textContent = t(this.lang, 'pane.fix.button');
      fix.setAttribute('aria-label', t(this.lang, 'pane.fix.label', { cell: f.cell ?? '', to: f.fix?.to ?? '' }));
      fix.title = t(this.lang, 'pane.fix.label', { cell: f.cell ?? '', to: f.fix?.to ?? '' });
    }
    el.setAttribute(
      'aria-label',
      t(this.lang, selects ? 'pane.finding.goTo' : 'pane.finding.show', {
        severity: t(this.lang, `severity.${f.severity}`),
        message,
        sheet: f.sheet,
        cell: f.cell ?? 'A1',
      }),
    );
    this.fillDetail(item, f, value);
  }
}
