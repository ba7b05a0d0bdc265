/**
 * The HTML report's script, run in the browser: it draws each template's heat map from the data the
 * page embeds, only the rows in view (10,000 documents × 60 columns would be 600,000 cells), and
 * sorts, filters, shows a cell's findings on hover or focus, lists a document's findings, and moves
 * through the grid with the keyboard (arrows, Home/End, Page Up/Down, Ctrl+Home/End).
 *
 * The page embeds this function's source (`heatMapScript.toString()`), so it must use nothing from
 * outside its own body.
 */

/** One document: path, link, errors, warnings, status index (-1: none), one state digit per column, a line per column (0: none), findings. */
export type PageDocument = [string, string, number, number, number, string, number[], number[]];

export interface PageTemplate {
  /** Column labels, full ids (for the tooltip) and whether each is required. */
  labels: string[];
  ids: string[];
  required: boolean[];
  rules: string[];
  messages: string[];
  statuses: string[];
  /** Whether the grid has a status column. */
  statusColumn: boolean;
  /** Findings per document, flat: column (-1: the whole document), line, column in the line, rule index, severity, message index. */
  docs: PageDocument[];
}

export interface PageData {
  /** By state index: the state's name (its class is `s-<name>`), label and symbol, and its rank when sorting worst first. */
  states: string[];
  stateLabels: string[];
  symbols: string[];
  ranks: number[];
  rowHeight: number;
  templates: PageTemplate[];
}

export function heatMapScript(): void {
  performance.mark('guidelint-start');
  const FIELDS = 6;
  const OVERSCAN = 8;
  const HEADER_ROWS = 3;
  const data = JSON.parse(document.getElementById('guidelint-data')!.textContent!) as PageData;

  const element = <K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] => {
    const created = document.createElement(tag);
    if (className) created.className = className;
    if (text !== undefined) created.textContent = text;
    return created;
  };
  const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;

  function setUp(section: HTMLElement, template: PageTemplate): void {
    const scroller = section.querySelector<HTMLElement>('.grid-scroll')!;
    const table = section.querySelector<HTMLTableElement>('table.heatmap')!;
    const thead = table.tHead!;
    const tbody = table.tBodies[0]!;
    const labelRow = thead.rows[1]!;
    const tooltip = section.querySelector<HTMLElement>('.tooltip')!;
    const details = section.querySelector<HTMLElement>('.details')!;
    const shown = section.querySelector<HTMLOutputElement>('output.shown')!;
    const docs = template.docs;
    const lead = template.statusColumn ? 3 : 2;
    const columnCount = lead + template.labels.length;

    const ruleMasks = docs.map((doc) => {
      let mask = 0;
      for (let at = 0; at < doc[7].length; at += FIELDS) mask |= 1 << doc[7][at + 3]!;
      return mask;
    });
    const lowerPaths = docs.map((doc) => doc[0].toLowerCase());
    const stateAt = (index: number, column: number): number => docs[index]![5].charCodeAt(column) - 48;

    let order = docs.map((_, index) => index);
    let view = order;
    let sortBy = 'findings';
    let descending = true;
    let active = { row: 0, column: 0 };
    let rowHeight = data.rowHeight;
    let rendered = { first: -1, last: -1 };
    /** The scroll position the rows were last drawn for. */
    let top = 0;
    let pinned = -1;
    let frame = 0;

    const byWorst = (a: number, b: number): number => {
      const x = docs[a]!;
      const y = docs[b]!;
      return y[2] - x[2] || y[3] - x[3] || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0);
    };

    function sort(): void {
      const sign = descending ? 1 : -1;
      let compare: (a: number, b: number) => number;
      if (sortBy === 'path') compare = (a, b) => -sign * (lowerPaths[a]! < lowerPaths[b]! ? -1 : lowerPaths[a]! > lowerPaths[b]! ? 1 : 0);
      else if (sortBy === 'findings') compare = (a, b) => sign * byWorst(a, b);
      else if (sortBy === 'status') {
        const name = (index: number): string => template.statuses[docs[index]![4]] ?? '\uffff';
        compare = (a, b) => -sign * (name(a) < name(b) ? -1 : name(a) > name(b) ? 1 : 0) || byWorst(a, b);
      } else {
        const column = Number(sortBy);
        compare = (a, b) => sign * (data.ranks[stateAt(b, column)]! - data.ranks[stateAt(a, column)]!) || byWorst(a, b);
      }
      order = docs.map((_, index) => index).sort(compare);
      for (const header of labelRow.cells) header.removeAttribute('aria-sort');
      const header = labelRow.querySelector(`[data-sort="${sortBy}"]`)?.closest('th');
      header?.setAttribute('aria-sort', descending ? 'descending' : 'ascending');
    }

    const controls = {
      rule: section.querySelector<HTMLSelectElement>('select[name=rule]'),
      folder: section.querySelector<HTMLSelectElement>('select[name=folder]'),
      status: section.querySelector<HTMLSelectElement>('select[name=status]'),
      text: section.querySelector<HTMLInputElement>('input[name=path]'),
      withFindings: section.querySelector<HTMLInputElement>('input[name=with-findings]'),
    };

    function filter(): void {
      const rule = controls.rule && controls.rule.value !== '' ? 1 << Number(controls.rule.value) : 0;
      const folder = controls.folder?.value ?? '';
      const status = controls.status && controls.status.value !== '' ? Number(controls.status.value) : -1;
      const text = (controls.text?.value ?? '').trim().toLowerCase();
      const withFindings = controls.withFindings?.checked ?? false;
      view = order.filter((index) => {
        const doc = docs[index]!;
        if (rule !== 0 && (ruleMasks[index]! & rule) === 0) return false;
        if (folder !== '' && !doc[0].startsWith(`${folder}/`)) return false;
        if (status !== -1 && doc[4] !== status) return false;
        if (withFindings && doc[2] + doc[3] === 0) return false;
        return text === '' || lowerPaths[index]!.includes(text);
      });
      table.setAttribute('aria-rowcount', String(view.length + HEADER_ROWS));
      shown.textContent = view.length === docs.length ? `All ${plural(docs.length, 'document')}` : `${view.length} of ${plural(docs.length, 'document')}`;
      const short = view.length * rowHeight < 0.5 * window.innerHeight;
      if (short !== scroller.classList.contains('short')) {
        scroller.classList.toggle('short', short);
        measure();
      }
      active = { row: Math.min(active.row, view.length - 1), column: active.column };
      const scrolled = top !== 0;
      render(true, 0);
      // After the rows change, so that the one layout this forces is of the new rows; none at all when already at the top.
      if (scrolled) scroller.scrollTop = 0;
    }

    function findingsOf(index: number, column: number | null): number[][] {
      const flat = docs[index]![7];
      const found: number[][] = [];
      for (let at = 0; at < flat.length; at += FIELDS) {
        if (column === null || flat[at] === column) found.push(flat.slice(at, at + FIELDS));
      }
      return found;
    }

    function cellLabel(index: number, column: number): string {
      const doc = docs[index]!;
      const state = stateAt(index, column);
      const line = doc[6][column]!;
      const count = findingsOf(index, column).length;
      return `${template.labels[column]}: ${data.stateLabels[state]}${line > 0 ? `, line ${line}` : ''}${count > 0 ? `, ${plural(count, 'finding')}` : ''}`;
    }

    function buildRow(position: number): HTMLTableRowElement {
      const index = view[position]!;
      const doc = docs[index]!;
      const row = element('tr');
      row.setAttribute('aria-rowindex', String(position + HEADER_ROWS + 1));
      row.dataset['position'] = String(position);
      if (index === pinned) row.className = 'pinned';
      const name = element('th', 'doc');
      name.scope = 'row';
      const link = element('a', undefined, doc[0]);
      link.href = doc[1];
      link.tabIndex = -1;
      name.append(link);
      const count = element('td', 'count');
      const button = element('button');
      button.type = 'button';
      button.tabIndex = -1;
      button.setAttribute('aria-label', `${plural(doc[2], 'error')}, ${plural(doc[3], 'warning')}: list the findings of ${doc[0]}`);
      if (doc[2] > 0) button.append(element('span', 'errors', String(doc[2])));
      if (doc[3] > 0) button.append(`${doc[2] > 0 ? '\u2009' : ''}`, element('span', 'warnings', String(doc[3])));
      if (doc[2] + doc[3] === 0) button.append('0');
      count.append(button);
      row.append(name, count);
      if (template.statusColumn) {
        const status = element('td', 'status', template.statuses[doc[4]] ?? '');
        status.tabIndex = -1;
        row.append(status);
      }
      for (let column = 0; column < template.labels.length; column++) {
        const state = stateAt(index, column);
        const cell = element('td', `cell s-${data.states[state]}`);
        const line = doc[6][column]!;
        const target = element('a', undefined, data.symbols[state]);
        target.href = line > 0 ? `${doc[1]}#L${line}` : doc[1];
        target.tabIndex = -1;
        target.dataset['column'] = String(column);
        target.setAttribute('aria-label', cellLabel(index, column));
        cell.append(target);
        row.append(cell);
      }
      return row;
    }

    function spacer(height: number): HTMLTableRowElement {
      const row = element('tr', 'spacer');
      row.setAttribute('aria-hidden', 'true');
      const cell = element('td');
      cell.colSpan = columnCount;
      cell.style.height = `${height}px`;
      row.append(cell);
      return row;
    }

    function focusable(row: number, column: number): HTMLElement | null {
      if (row < 0) return labelRow.cells[column]?.querySelector('button') ?? null;
      const tableRow = tbody.querySelector<HTMLTableRowElement>(`tr[data-position="${row}"]`);
      const cell = tableRow?.cells[column];
      return cell ? (cell.querySelector<HTMLElement>('a,button') ?? cell) : null;
    }

    /** The header's height and the scroller's, read while nothing has changed the layout (reading them after a change forces one). */
    let metrics = { head: 0, viewport: 0 };
    const measure = (): void => {
      metrics = { head: thead.offsetHeight, viewport: scroller.clientHeight };
    };

    function render(force = false, at = scroller.scrollTop): void {
      top = at;
      const visible = Math.max(rowHeight, metrics.viewport - metrics.head);
      const first = Math.max(0, Math.floor(top / rowHeight) - OVERSCAN);
      const last = Math.min(view.length, Math.ceil((top + visible) / rowHeight) + OVERSCAN);
      if (!force && first === rendered.first && last === rendered.last) return;
      const hadFocus = table.contains(document.activeElement) && document.activeElement !== null;
      const rows = document.createDocumentFragment();
      if (first > 0) rows.append(spacer(first * rowHeight));
      for (let position = first; position < last; position++) rows.append(buildRow(position));
      if (last < view.length) rows.append(spacer((view.length - last) * rowHeight));
      tbody.replaceChildren(rows);
      rendered = { first, last };
      updateTabStop(hadFocus);
    }

    function updateTabStop(keepFocus: boolean): void {
      for (const stop of table.querySelectorAll<HTMLElement>('[tabindex="0"]')) stop.tabIndex = -1;
      const target = focusable(active.row, active.column) ?? focusable(-1, active.column);
      if (!target) return;
      target.tabIndex = 0;
      if (keepFocus) target.focus({ preventScroll: true });
    }

    function moveTo(row: number, column: number): void {
      active = { row: Math.max(-1, Math.min(row, view.length - 1)), column: Math.max(0, Math.min(column, columnCount - 1)) };
      if (active.row >= 0) {
        const visible = metrics.viewport - metrics.head;
        const rowTop = active.row * rowHeight;
        if (rowTop < scroller.scrollTop) scroller.scrollTop = rowTop;
        else if (rowTop + rowHeight > scroller.scrollTop + visible) scroller.scrollTop = rowTop + rowHeight - visible;
      }
      render(true);
      const target = focusable(active.row, active.column);
      if (target) {
        target.focus({ preventScroll: true });
        target.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      }
    }

    function showTooltip(target: HTMLElement): void {
      const column = Number(target.dataset['column']);
      const row = target.closest('tr');
      if (!row || Number.isNaN(column)) return;
      const index = view[Number(row.dataset['position'])]!;
      const doc = docs[index]!;
      const state = stateAt(index, column);
      const line = doc[6][column]!;
      tooltip.replaceChildren();
      const head = element('div');
      head.append(element('strong', undefined, template.ids[column]), `: ${data.stateLabels[state]}`);
      tooltip.append(head, element('div', 'where', `${doc[0]}${line > 0 ? `:${line}` : ''}`));
      const found = findingsOf(index, column);
      if (found.length > 0) {
        const list = element('ul');
        for (const finding of found.slice(0, 6)) {
          list.append(element('li', undefined, `${finding[1]}:${finding[2]} ${template.messages[finding[5]!]} (${template.rules[finding[3]!]})`));
        }
        if (found.length > 6) list.append(element('li', undefined, `${found.length - 6} more`));
        tooltip.append(list);
      }
      tooltip.hidden = false;
      const box = target.getBoundingClientRect();
      const tip = tooltip.getBoundingClientRect();
      const left = Math.min(Math.max(4, box.left), window.innerWidth - tip.width - 4);
      const below = box.bottom + 6 + tip.height < window.innerHeight;
      tooltip.style.left = `${left}px`;
      tooltip.style.top = `${below ? box.bottom + 6 : Math.max(4, box.top - tip.height - 6)}px`;
      target.setAttribute('aria-describedby', tooltip.id);
    }

    function hideTooltip(): void {
      tooltip.hidden = true;
    }

    function pin(index: number): void {
      pinned = index;
      const doc = docs[index]!;
      const heading = element('h3');
      const link = element('a', undefined, doc[0]);
      link.href = doc[1];
      heading.append('Findings in ', link);
      const found = findingsOf(index, null).sort((a, b) => a[1]! - b[1]! || a[2]! - b[2]!);
      const body: HTMLElement[] = [heading];
      if (found.length === 0) body.push(element('p', undefined, 'No findings: the document follows its template.'));
      else {
        const list = element('ul');
        for (const finding of found) {
          const item = element('li');
          const place = element('a', undefined, `${doc[0]}:${finding[1]}:${finding[2]}`);
          place.href = `${doc[1]}#L${finding[1]}`;
          const where = finding[0]! >= 0 ? `${template.ids[finding[0]!]}: ` : '';
          const severity = finding[4] === 2 ? 'error' : 'warning';
          item.append(place, ` ${severity} ${where}${template.messages[finding[5]!]} `, element('span', 'rule', `(${template.rules[finding[3]!]})`));
          list.append(item);
        }
        body.push(list);
      }
      details.replaceChildren(...body);
      for (const row of tbody.rows) row.classList.toggle('pinned', view[Number(row.dataset['position'])] === index);
    }

    scroller.addEventListener('scroll', () => {
      if (frame === 0) {
        frame = requestAnimationFrame(() => {
          frame = 0;
          render();
        });
      }
    });

    thead.addEventListener('click', (event) => {
      const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-sort]');
      if (!button) return;
      const key = button.dataset['sort']!;
      descending = key === sortBy ? !descending : key !== 'path' && key !== 'status';
      sortBy = key;
      sort();
      filter();
    });

    tbody.addEventListener('click', (event) => {
      const button = (event.target as HTMLElement).closest('td.count button');
      const row = button?.closest('tr');
      if (row) pin(view[Number(row.dataset['position'])]!);
    });

    table.addEventListener('focusin', (event) => {
      const target = event.target as HTMLElement;
      const cell = target.closest('td,th') as HTMLTableCellElement | null;
      const row = cell?.parentElement as HTMLTableRowElement | null;
      if (!cell || !row) return;
      if (row.parentElement === thead) {
        if (row === labelRow) active = { row: -1, column: cell.cellIndex };
      } else if (row.dataset['position'] !== undefined) active = { row: Number(row.dataset['position']), column: cell.cellIndex };
      for (const stop of table.querySelectorAll<HTMLElement>('[tabindex="0"]')) if (stop !== target) stop.tabIndex = -1;
      target.tabIndex = 0;
      if (target.dataset['column'] !== undefined) showTooltip(target);
    });
    table.addEventListener('focusout', hideTooltip);
    tbody.addEventListener('pointerover', (event) => {
      const target = (event.target as HTMLElement).closest<HTMLElement>('td.cell a');
      if (target) showTooltip(target);
    });
    tbody.addEventListener('pointerleave', hideTooltip);

    table.addEventListener('keydown', (event) => {
      const page = Math.max(1, Math.floor((metrics.viewport - metrics.head) / rowHeight) - 1);
      const { row, column } = active;
      const control = event.ctrlKey || event.metaKey;
      const moves: Record<string, [number, number]> = {
        ArrowDown: [row + 1, column],
        ArrowUp: [row - 1, column],
        ArrowRight: [row, column + 1],
        ArrowLeft: [row, column - 1],
        Home: control ? [0, column] : [row, 0],
        End: control ? [view.length - 1, column] : [row, columnCount - 1],
        PageDown: [row + page, column],
        PageUp: [Math.max(0, row - page), column],
      };
      if (event.key === 'Escape') {
        hideTooltip();
        return;
      }
      const move = moves[event.key];
      if (!move) return;
      event.preventDefault();
      moveTo(move[0], move[1]);
    });

    for (const control of Object.values(controls)) control?.addEventListener('input', filter);
    section.querySelector('form')?.addEventListener('submit', (event) => event.preventDefault());

    table.setAttribute('aria-colcount', String(columnCount));
    window.addEventListener('resize', () => {
      measure();
      render(true);
    });
    measure();
    // The page lists the documents worst first, as sorting by findings does: no sort to start with.
    filter();
    // The style sheet sets the row height; a browser that draws rows taller gets them placed by what it draws.
    const drawn = tbody.querySelector<HTMLTableRowElement>('tr:not(.spacer)')?.offsetHeight;
    if (drawn && drawn !== rowHeight) {
      rowHeight = drawn;
      render(true);
    }
  }

  // Heat maps in the first screen are drawn now, the others as they come near the view or take the focus.
  const sections = [...document.querySelectorAll<HTMLElement>('section.template[data-template]')];
  const drawn = new Set<HTMLElement>();
  const setUpSection = (section: HTMLElement): void => {
    if (drawn.has(section)) return;
    drawn.add(section);
    nearby.unobserve(section);
    setUp(section, data.templates[Number(section.dataset['template'])]!);
  };
  const nearby = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) if (entry.isIntersecting) setUpSection(entry.target as HTMLElement);
    },
    { rootMargin: '50% 0px' },
  );
  for (const section of sections) {
    if (section.getBoundingClientRect().top < window.innerHeight) setUpSection(section);
    else {
      nearby.observe(section);
      section.addEventListener('focusin', () => setUpSection(section), { once: true });
    }
  }
  document.documentElement.dataset['ready'] = 'true';
  performance.mark('guidelint-ready');
}
