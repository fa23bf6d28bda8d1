/**
 * Reads a fill-in workbook into the same data a YAML file gives, with every value's sheet and cell
 * so that validation and check findings point at 「绩效监控」!C7. Problems with what was typed
 * (text where a number belongs, a 是/否 cell saying something else, a renamed sheet) are collected
 * and reported together, each with its cell.
 */
import type { Cell, Worksheet } from 'exceljs';
import { Workbook } from './exceljs.js';
import { UserError } from '../errors.js';
import { normalizeDigits } from '../figures/number-text.js';
import { type Loaded, type Path, pathKey } from '../load/source.js';
import { cellContent } from './cells.js';
import {
  AUDIENCE_WORDS,
  type FieldSpec,
  META_BLOCKS,
  META_FIELDS,
  META_SHEET,
  OPENING_BLOCKS,
  OPENING_FIELDS,
  OPENING_SHEET,
  SECTION_BLOCKS,
  SECTION_FIELDS,
  SECTION_SHEETS,
  INSTRUCTIONS_SHEET,
  LISTS_SHEET,
} from './layout.js';
import { CellReader } from './read-cells.js';
import { type BlockRow, readSheet, type SheetParts } from './sheet.js';

type Obj = Record<string, unknown>;

/** Reads workbook bytes; every failure is a UserError naming the file, sheet and cell. */
export async function loadWorkbook(bytes: Uint8Array, file: string): Promise<Loaded> {
  const wb = new Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    // An OLE compound file: a workbook with an opening password (Excel encrypts into one), or an old .xls.
    if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
      throw new UserError(
        {
          zh: '这是设了打开密码的工作簿，或是旧版 .xls 表格：请在 Excel 或 WPS 中取消打开密码、另存为 .xlsx 后再试',
          en: 'This workbook has an opening password, or is an old .xls file: remove the password and save it as .xlsx in Excel or WPS',
        },
        { file },
      );
    }
    throw new UserError(
      {
        zh: '不是有效的 Excel 工作簿（.xlsx）：文件已损坏，或是其他格式改了扩展名（.xls 等旧格式请在 Excel 或 WPS 中另存为 .xlsx）',
        en: 'Not a valid Excel workbook (.xlsx): the file is damaged or another format renamed (save old .xls files as .xlsx)',
      },
      { file },
    );
  }
  return new WorkbookReader(wb, file).read();
}

class WorkbookReader extends CellReader {
  constructor(
    private readonly wb: Workbook,
    private readonly file: string,
  ) {
    super();
  }

  read(): Loaded {
    const sheets = this.findSheets();
    const data: Obj = {};
    if (sheets.meta) this.readMeta(sheets.meta, data);
    if (sheets.opening) this.readOpening(sheets.opening, data);
    for (const { key, sheet } of SECTION_SHEETS) {
      const ws = sheets.sections.get(key);
      if (!ws) continue;
      this.at([key], sheet, 'A1');
      const section = this.readSection(ws, key);
      if (section) data[key] = section;
    }
    if (this.problems.length > 0) {
      const n = this.problems.length;
      throw new UserError(
        {
          zh: `工作簿中有 ${n} 处填写问题：`,
          en: `The workbook has ${n} problem${n === 1 ? '' : 's'}:`,
        },
        { file: this.file },
        this.problems.map((p) => ({
          text: p.text,
          where: { file: this.file, sheet: p.sheet, cell: p.cell },
        })),
      );
    }
    const positions = this.positions;
    return {
      file: this.file,
      data,
      locate(path: Path) {
        for (let n = path.length; n >= 0; n--) {
          const pos = positions.get(pathKey(path.slice(0, n)));
          if (pos) return pos;
        }
        return undefined;
      },
    };
  }

  // ── sheets ────────────────────────────────────────────────────────────────────────────────

  private findSheets() {
    const byName = new Map(this.wb.worksheets.map((ws) => [ws.name.trim(), ws]));
    const expected = [META_SHEET, OPENING_SHEET, ...SECTION_SHEETS.map((s) => s.sheet)];
    const missing = expected.filter((n) => !byName.has(n));
    if (byName.size === 0) {
      throw new UserError(
        {
          zh: '不是有效的 Excel 工作簿（.xlsx）：其中没有工作表（可能是其他格式改了扩展名）',
          en: 'Not a valid Excel workbook (.xlsx): it has no sheets (another format renamed?)',
        },
        { file: this.file },
      );
    }
    if (missing.length === expected.length) {
      const names = [...byName.keys()].map((s) => `「${s}」`).join('');
      throw new UserError(
        {
          zh: `这不是 jixiao 的填报工作簿：没有「${META_SHEET}」「${OPENING_SHEET}」等工作表（现有工作表：${names}）。请用 jixiao init 生成空白工作簿，或用 jixiao export 从数据文件生成`,
          en: `This is not a jixiao workbook: it has no "${META_SHEET}" or "${OPENING_SHEET}" sheet (its sheets: ${names}). Make one with jixiao init, or from a data file with jixiao export`,
        },
        { file: this.file },
      );
    }
    if (missing.length > 0) {
      const known = new Set([...expected, INSTRUCTIONS_SHEET, LISTS_SHEET]);
      const strangers = [...byName.keys()].filter((n) => !known.has(n));
      const hint = strangers.length
        ? {
            zh: `；工作簿中另有未识别的工作表${strangers.map((s) => `「${s}」`).join('')}，是否被改了名？`,
            en: `; the workbook also has unrecognized sheets ${strangers.map((s) => `"${s}"`).join(', ')} — renamed?`,
          }
        : { zh: '', en: '' };
      throw new UserError(
        {
          zh: `找不到工作表${missing.map((s) => `「${s}」`).join('')}（工作表名称不能修改，本节无内容时保留空表即可）${hint.zh}`,
          en: `Missing sheet(s) ${missing.map((s) => `"${s}"`).join(', ')} (sheet names must stay as written; leave a sheet empty when its section has nothing)${hint.en}`,
        },
        { file: this.file },
      );
    }
    return {
      meta: byName.get(META_SHEET),
      opening: byName.get(OPENING_SHEET),
      sections: new Map(SECTION_SHEETS.map((s) => [s.key, byName.get(s.sheet)])),
    };
  }

  private field(spec: FieldSpec, cell: Cell): unknown {
    switch (spec.kind) {
      case 'bool':
        return this.bool(cell);
      case 'number':
        return this.number(cell);
      case 'date':
        return this.date(cell);
      default: {
        const t = this.text(cell);
        if (t === undefined) return undefined;
        if (spec.list === 'audience') {
          const a = AUDIENCE_WORDS[t] ?? (t === 'government' || t === 'congress' ? t : undefined);
          if (!a) {
            this.problem(cell, {
              zh: `应为“上级人民政府”或“人大常委会”，实际为“${t}”`,
              en: `must be 上级人民政府 (government) or 人大常委会 (congress), got "${t}"`,
            });
          }
          return a;
        }
        return t;
      }
    }
  }

  /** Fields into an object by their paths below `root` (["meta", "contact", "name"] …). */
  private readFields(parts: SheetParts, specs: readonly FieldSpec[], target: Obj, root: Path): void {
    for (const spec of specs) {
      const cell = parts.fields.get(spec.label);
      if (!cell) continue;
      const path = [...root, ...spec.path];
      this.at(path, cell.worksheet.name, cell.address);
      const v = this.field(spec, cell);
      if (v === undefined) {
        if (spec.required && cellContent(cell).kind === 'empty') {
          this.problem(cell, {
            zh: `缺少必填项“${spec.label}”（${spec.hint}）`,
            en: `"${spec.label}" must be filled in`,
          });
        }
        continue;
      }
      let o = target;
      for (const k of spec.path.slice(0, -1)) o = (o[k] ??= {}) as Obj;
      o[spec.path[spec.path.length - 1] as string] = v;
    }
  }

  // ── meta and opening ──────────────────────────────────────────────────────────────────────

  private readMeta(ws: Worksheet, data: Obj): void {
    const parts = readSheet(ws, META_FIELDS, META_BLOCKS, this.problems);
    for (const spec of META_FIELDS) {
      if (spec.required && !parts.fields.has(spec.label)) {
        this.problems.push({
          text: {
            zh: `找不到必填项“${spec.label}”所在的行（A 列的项目名称不能修改）`,
            en: `no row for the required field "${spec.label}" (keep the labels in column A)`,
          },
          sheet: ws.name,
          cell: 'A1',
        });
      }
    }
    this.at(['meta'], ws.name, 'A1');
    data.meta = {};
    this.readFields(parts, META_FIELDS, data, []);
    const allow = (parts.blocks.get('allow') ?? []).map((r, i) => {
      const path: Path = ['meta', 'public', 'allow', i];
      return this.record(r, path, { text: 'text', reason: 'text' });
    });
    if (allow.length > 0) {
      const meta = data.meta as Obj;
      ((meta.public ??= {}) as Obj).allow = allow;
    }
    if (data.headings && Object.keys(data.headings).length === 0) delete data.headings;
  }

  private readOpening(ws: Worksheet, data: Obj): void {
    const parts = readSheet(ws, OPENING_FIELDS, OPENING_BLOCKS, this.problems);
    this.at(['opening'], ws.name, 'A1');
    const opening: Obj = {};
    const basis = (parts.blocks.get('basis') ?? []).map((r, i) =>
      this.record(r, ['opening', 'basis', i], { title: 'text', number: 'text' }),
    );
    if (basis.length > 0) opening.basis = basis;
    const paragraphs = (parts.blocks.get('paragraphs') ?? []).map((r, i) =>
      this.paragraph(r, ['opening', 'paragraphs', i]),
    );
    if (paragraphs.length > 0) opening.paragraphs = paragraphs;
    this.readFields(parts, OPENING_FIELDS, opening, ['opening']);
    if (Object.keys(opening).length > 0) data.opening = opening;
  }

  /** A row whose columns map one to one onto an object's fields. */
  private record(r: BlockRow, path: Path, fields: Record<string, 'text' | 'bool'>): Obj {
    const o: Obj = {};
    for (const [field, kind] of Object.entries(fields)) {
      const cell = r.cells.get(field);
      if (!cell) continue;
      this.at([...path, field], cell.worksheet.name, cell.address);
      const v = kind === 'bool' ? this.bool(cell) : this.text(cell);
      if (v !== undefined) o[field] = typeof v === 'string' ? sheetRefs(v) : v;
    }
    const first = r.cells.values().next().value;
    if (first) this.at(path, first.worksheet.name, first.address);
    return o;
  }

  private paragraph(r: BlockRow, path: Path): unknown {
    const p = this.record(r, path, { text: 'text', internal: 'bool' });
    return p.internal === undefined && typeof p.text === 'string' ? p.text : p;
  }

  // ── sections ──────────────────────────────────────────────────────────────────────────────

  private readSection(ws: Worksheet, key: string): Obj | undefined {
    const parts = readSheet(ws, SECTION_FIELDS, SECTION_BLOCKS, this.problems);
    const root: Obj = {};
    this.readFields(parts, SECTION_FIELDS, root, [key]);
    // Subsections by number: "1", "2", "1.1" (a child of 1); each keeps the order of its rows.
    const subs = new Map<string, { obj: Obj; path: Path }>([['', { obj: root, path: [key] }]]);
    for (const r of parts.blocks.get('subsections') ?? []) {
      const cell = r.cells.get('number') as Cell;
      const num = normalizeDigits(this.text(cell) ?? '').replace(/\s+/g, '');
      if (!/^[1-9]\d*(\.[1-9]\d*)*$/.test(num)) {
        this.problem(cell, {
          zh: `小节编号应写成 1、2 或 1.1 的形式，实际为“${num}”`,
          en: `a subsection number is written 1, 2 or 1.1, got "${num}"`,
        });
        continue;
      }
      if (subs.has(num)) {
        this.problem(cell, { zh: `小节编号“${num}”重复`, en: `subsection number "${num}" appears twice` });
        continue;
      }
      const parentNum = num.includes('.') ? num.slice(0, num.lastIndexOf('.')) : '';
      const parent = subs.get(parentNum);
      if (!parent) {
        this.problem(cell, {
          zh: `小节“${num}”的上级小节“${parentNum}”须先列出`,
          en: `subsection "${num}" needs its parent "${parentNum}" listed before it`,
        });
        continue;
      }
      const list = (parent.obj.subsections ??= []) as Obj[];
      const path = [...parent.path, 'subsections', list.length];
      const sub = this.record(r, path, { title: 'text', internal: 'bool' });
      list.push(sub);
      subs.set(num, { obj: sub, path });
    }
    const target = (r: BlockRow): { obj: Obj; path: Path } | undefined => {
      const cell = r.cells.get('subsection');
      const num = cell ? normalizeDigits(this.text(cell) ?? '').replace(/\s+/g, '') : '';
      const hit = subs.get(num);
      if (!hit && cell) {
        this.problem(cell, {
          zh: `小节“${num}”不在本表的【小节】中`,
          en: `subsection "${num}" is not listed under 【小节】 on this sheet`,
        });
      }
      // Read the row anyway (into the section), so that its other problems are reported too.
      return hit ?? subs.get('');
    };
    this.readFigures(parts.blocks.get('figures') ?? [], target);
    for (const r of parts.blocks.get('paragraphs') ?? []) {
      const t = target(r);
      if (!t) continue;
      const list = (t.obj.paragraphs ??= []) as unknown[];
      list.push(this.paragraph(r, [...t.path, 'paragraphs', list.length]));
    }
    for (const r of parts.blocks.get('points') ?? []) {
      const t = target(r);
      if (!t) continue;
      const list = (t.obj.points ??= []) as unknown[];
      list.push(
        this.record(r, [...t.path, 'points', list.length], { title: 'text', text: 'text', internal: 'bool' }),
      );
    }
    for (const r of parts.blocks.get('tables') ?? []) {
      const t = target(r);
      if (!t) continue;
      const list = (t.obj.tables ??= []) as unknown[];
      list.push(this.table(r, [...t.path, 'tables', list.length]));
    }
    return Object.keys(root).length > 0 ? orderSection(root) : undefined;
  }

  private table(r: BlockRow, path: Path): Obj {
    const o = this.record(r, path, { title: 'text', unit: 'text', internal: 'bool' });
    const rowsCell = r.cells.get('rows') as Cell;
    this.at([...path, 'rows'], rowsCell.worksheet.name, rowsCell.address);
    const rows = splitNames(this.text(rowsCell));
    const label = r.cells.get('labelColumn');
    const value = r.cells.get('valueColumn');
    const lt = label ? this.text(label) : undefined;
    const vt = value ? this.text(value) : undefined;
    const out: Obj = { ...(o.title !== undefined ? { title: o.title } : {}), rows };
    if (o.unit !== undefined) out.unit = o.unit;
    if (lt !== undefined || vt !== undefined) {
      if (lt === undefined || vt === undefined) {
        this.problem((lt === undefined ? label : value) as Cell, {
          zh: '首列标题和数值列标题须同时填写',
          en: 'give both column headings, or neither',
        });
      } else {
        out.columns = [lt, vt];
        if (label) this.at([...path, 'columns'], label.worksheet.name, label.address);
      }
    }
    if (o.internal !== undefined) out.internal = o.internal;
    return out;
  }

  // ── figures ───────────────────────────────────────────────────────────────────────────────

  private readFigures(rows: BlockRow[], target: (r: BlockRow) => { obj: Obj; path: Path } | undefined): void {
    /** Rows read so far, by name, the latest last: a part names its total by the nearest one above. */
    const seen = new Map<string, { holder: Obj; id: string; path: Path }[]>();
    for (const r of rows) {
      const nameCell = r.cells.get('id') as Cell;
      const id = (this.text(nameCell) ?? '').trim();
      if (!id) {
        this.problem(nameCell, { zh: '缺少数据名称', en: 'missing figure name' });
        continue;
      }
      const parentCell = r.cells.get('parent');
      const parentName = parentCell ? this.text(parentCell) : undefined;
      let holder: Obj;
      let path: Path;
      if (parentName) {
        const parent = seen.get(parentName)?.at(-1);
        if (!parent) {
          this.problem(parentCell as Cell, {
            zh: `所属合计“${parentName}”不在本行之前的数据中`,
            en: `the total "${parentName}" is not among the figures above this row`,
          });
          continue;
        }
        let total = parent.holder[parent.id];
        if (typeof total !== 'object' || total === null) {
          total = total === undefined ? {} : { value: total };
          parent.holder[parent.id] = total;
        }
        holder = ((total as Obj).parts ??= {}) as Obj;
        path = [...parent.path, 'parts', id];
      } else {
        const t = target(r);
        if (!t) continue;
        holder = (t.obj.figures ??= {}) as Obj;
        path = [...t.path, 'figures', id];
      }
      if (id in holder) {
        this.problem(nameCell, {
          zh: `数据名称“${id}”重复`,
          en: `figure name "${id}" appears twice`,
        });
        continue;
      }
      holder[id] = this.figure(r, path);
      const list = seen.get(id) ?? [];
      list.push({ holder, id, path });
      seen.set(id, list);
    }
  }

  /** One figure row: a bare literal when only the value is given, otherwise an object. */
  private figure(r: BlockRow, path: Path): unknown {
    const cell = (field: string) => r.cells.get(field);
    const sheet = (r.cells.get('id') as Cell).worksheet.name;
    const place = (sub: Path, field: string) => {
      const c = cell(field);
      if (c) this.at([...path, ...sub], sheet, c.address);
    };
    const o: Obj = {};
    const label = cell('label') && this.text(cell('label') as Cell);
    if (label) o.label = label;
    const value = this.value(r);
    if (value.literal !== undefined) o.value = value.literal;
    if (value.unit !== undefined) o.unit = value.unit;
    place(['value'], 'value');
    place(['unit'], value.unitFromColumn ? 'unit' : 'value');
    const refs = (field: string) => {
      const c = cell(field);
      return c ? splitNames(this.text(c)) : [];
    };
    const num = refs('ratioNumerator');
    const den = refs('ratioDenominator');
    if (num.length || den.length) {
      if (num.length !== 1 || den.length !== 1) {
        this.problem((num.length !== 1 ? cell('ratioNumerator') : cell('ratioDenominator')) as Cell, {
          zh: '比率分子和比率分母须各填写一个数据名称',
          en: 'give one figure name as numerator and one as denominator',
        });
      } else o.ratio = [num[0], den[0]];
    }
    place(['ratio'], 'ratioNumerator');
    place(['ratio', 0], 'ratioNumerator');
    place(['ratio', 1], 'ratioDenominator');
    for (const side of ['prior', 'change', 'changePercent'] as const) {
      const c = cell(side);
      const t = c ? this.text(c) : undefined;
      if (t !== undefined) o[side] = t;
      place([side], side);
    }
    const same = refs('same');
    if (same.length > 1) {
      this.problem(cell('same') as Cell, {
        zh: `“同于”只能填写一个数据名称，实际为 ${same.join('、')}`,
        en: `"同于" takes one figure name, got ${same.join(', ')}`,
      });
    } else if (same.length === 1) o.same = same[0];
    place(['same'], 'same');
    const max = refs('max');
    if (max.length > 0) o.max = max.length === 1 ? max[0] : max;
    place(['max'], 'max');
    const itemsCell = cell('items');
    // Read untrimmed: a trailing line break marks a single item that holds ；.
    const itemsContent = itemsCell ? cellContent(itemsCell) : undefined;
    const items = splitItems(
      itemsContent?.kind === 'text' ? itemsContent.text : itemsCell ? this.text(itemsCell) : undefined,
    );
    if (items.length > 0) o.items = items;
    place(['items'], 'items');
    for (const [field, key] of [
      ['exhaustive', 'exhaustive'],
      ['complete', 'complete'],
      ['internal', 'internal'],
    ] as const) {
      const c = cell(field);
      const b = c ? this.bool(c) : undefined;
      if (b !== undefined) o[key] = b;
      place([key], field);
    }
    for (const field of ['claim', 'note'] as const) {
      const c = cell(field);
      const t = c ? this.text(c) : undefined;
      if (t !== undefined) o[field] = t;
      place([field], field);
    }
    const du = cell('displayUnit');
    const dd = cell('displayDecimals');
    const display: Obj = {};
    const dut = du ? this.text(du) : undefined;
    const ddn = dd ? this.number(dd) : undefined;
    if (dut !== undefined) display.unit = dut;
    if (ddn !== undefined) display.decimals = ddn;
    if (Object.keys(display).length > 0) o.display = display;
    place(['display'], dut !== undefined ? 'displayUnit' : 'displayDecimals');
    place(['display', 'unit'], 'displayUnit');
    place(['display', 'decimals'], 'displayDecimals');
    const keys = Object.keys(o);
    // A figure's findings point at its value when it has one, else at its name.
    place([], o.value !== undefined ? 'value' : 'id');
    return keys.length === 1 && keys[0] === 'value' ? o.value : o;
  }
}

/** A section named by its sheet, as people write it in a workbook: 绩效监控.amount is monitoring.amount. */
const SHEET_KEYS = new Map(SECTION_SHEETS.map((s) => [s.sheet, s.key]));
const SHEET_REF = new RegExp(`\\{(${SECTION_SHEETS.map((s) => s.sheet).join('|')})\\.`, 'g');

function sheetRefs(text: string): string {
  return text.replace(SHEET_REF, (_m, sheet: string) => `{${SHEET_KEYS.get(sheet) ?? sheet}.`);
}

function sheetRef(ref: string): string {
  const dot = ref.indexOf('.');
  const key = dot > 0 ? SHEET_KEYS.get(ref.slice(0, dot)) : undefined;
  return key ? `${key}${ref.slice(dot)}` : ref;
}

/** Figure names in one cell: one per line, or separated by spaces, 、 or commas. */
function splitNames(text: string | undefined): string[] {
  return (text ?? '')
    .split(/[\s、，,；;]+/)
    .filter(Boolean)
    .map(sheetRef);
}

/** Listed items: one per line (Alt+Enter in the cell); on a single line, separated by ； or 、. */
function splitItems(text: string | undefined): string[] {
  if (!text) return [];
  const lines = /[\r\n]/.test(text) ? text.split(/\r\n|\r|\n/) : text.split(/[；;、]/);
  return lines.map((l) => l.trim()).filter(Boolean);
}

/** Section fields in the order a data file writes them. */
function orderSection(s: Obj): Obj {
  const out: Obj = {};
  for (const k of ['title', 'internal', 'figures', 'paragraphs', 'points', 'tables', 'subsections']) {
    if (s[k] !== undefined) out[k] = s[k];
  }
  if (out.subsections) out.subsections = (out.subsections as Obj[]).map(orderSection);
  return out;
}
