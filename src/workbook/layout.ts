/**
 * The fill-in workbook's shape, in one place: sheet names, the fields at the top of a sheet, the
 * blocks (a marker row such as 【数据】, a header row, then one row per item) and their columns.
 * The writer (init, export) and the reader both work from these tables, so that what one writes the
 * other reads. Columns are found by their header text, so users may reorder them or add their own.
 */
import type { SectionKey } from '../schema/report.js';

export const INSTRUCTIONS_SHEET = '填写说明';
export const META_SHEET = '基本信息';
export const OPENING_SHEET = '开篇';
/** Hidden: the lists the drop-downs offer. */
export const LISTS_SHEET = '选项';

/** One sheet per section of the report, in report order. */
export const SECTION_SHEETS: readonly { key: SectionKey; sheet: string }[] = [
  { key: 'institutions', sheet: '制度建设' },
  { key: 'exAnte', sheet: '事前绩效评估' },
  { key: 'targets', sheet: '绩效目标管理' },
  { key: 'monitoring', sheet: '绩效监控' },
  { key: 'evaluation', sheet: '绩效评价' },
  { key: 'results', sheet: '评价结果应用' },
  { key: 'disclosure', sheet: '绩效信息公开' },
  { key: 'safeguards', sheet: '保障措施' },
  { key: 'achievements', sheet: '主要成效' },
  { key: 'problems', sheet: '存在问题' },
  { key: 'nextSteps', sheet: '下一步工作' },
];

export const YES = '是';
export const NO = '否';

/** 报送对象 as staff say it ↔ the data's audience. */
export const AUDIENCE_WORDS: Record<string, 'government' | 'congress'> = {
  上级人民政府: 'government',
  人大常委会: 'congress',
};

/** 约数: how an approximate figure is qualified (the value column stays a number). */
const APPROX_WORDS = ['近', '约', '余', '以上', '不足'] as const;

const MONEY_UNITS = ['元', '万元', '亿元'] as const;

/** Units offered in the drop-down (any unit jixiao knows is accepted when typed). */
const UNIT_CHOICES = [
  '万元',
  '亿元',
  '元',
  '%',
  '个百分点',
  '个',
  '项',
  '家',
  '份',
  '条',
  '次',
  '场次',
  '所',
  '件',
  '名',
  '户',
  '篇',
  '人次',
  '万人次',
  '分',
  '倍',
];

type CellKind = 'text' | 'bool' | 'number' | 'date' | 'list';

/** The header of the fields area: the reader finds the value column by 内容. */
export const FIELD_HEADER = ['项目', '内容', '说明'] as const;

/** A labelled field at the top of a sheet: label in column A, value in column B, hint in column C. */
export interface FieldSpec {
  label: string;
  /** Path below the sheet's root object (meta, opening, a section). */
  path: readonly string[];
  kind: CellKind;
  /** For kind 'list': the drop-down (a column of the lists sheet). */
  list?: ListName;
  hint: string;
  /** The form cannot be used without it (the reader names the empty cell). */
  required?: boolean;
}

export const META_FIELDS: readonly FieldSpec[] = [
  {
    label: '发文机关',
    path: ['meta', 'issuer'],
    kind: 'text',
    required: true,
    hint: '署名的机关全称，如 库尔勒市财政局',
  },
  {
    label: '地区',
    path: ['meta', 'region'],
    kind: 'text',
    required: true,
    hint: '报告所述的地区，如 库尔勒市、金寨县',
  },
  { label: '报告年度', path: ['meta', 'year'], kind: 'number', required: true, hint: '四位数年份，如 2020' },
  { label: '文种', path: ['meta', 'kind'], kind: 'list', list: 'kind', hint: '报告 或 说明' },
  {
    label: '报送对象',
    path: ['meta', 'audience'],
    kind: 'list',
    list: 'audience',
    required: true,
    hint: '上级人民政府 或 人大常委会，决定版式',
  },
  { label: '主送机关', path: ['meta', 'addressee'], kind: 'text', hint: '如 库尔勒市人大常委会' },
  { label: '标题', path: ['meta', 'title'], kind: 'text', hint: '不填则按地区、年度自动生成' },
  { label: '发文机关标志', path: ['meta', 'issuerMark'], kind: 'text', hint: '不填则为“发文机关+文件”' },
  { label: '发文字号', path: ['meta', 'docNumber'], kind: 'text', hint: '如 库财字〔2021〕12号' },
  { label: '签发人', path: ['meta', 'signer'], kind: 'text', hint: '上报上级人民政府的报告须填写' },
  { label: '成文日期', path: ['meta', 'date'], kind: 'date', required: true, hint: '日期，如 2021-08-03' },
  { label: '联系人', path: ['meta', 'contact', 'name'], kind: 'text', hint: '与联系电话一并填写' },
  { label: '联系电话', path: ['meta', 'contact', 'phone'], kind: 'text', hint: '与联系人一并填写' },
  { label: '会议名称', path: ['meta', 'session'], kind: 'text', hint: '向人大常委会报告时标题下的会议名称' },
  { label: '密级', path: ['meta', 'classification'], kind: 'text', hint: '涉密报告不能生成公开版' },
  { label: '工作情况部分标题', path: ['headings', 'work'], kind: 'text', hint: '不填则用默认标题' },
  {
    label: '公开版标题下署名和日期',
    path: ['meta', 'public', 'issuerUnderTitle'],
    kind: 'bool',
    list: 'yesNo',
    hint: '是 或 否（默认 是）',
  },
  {
    label: '公开版注明“此件公开发布”',
    path: ['meta', 'public', 'notice'],
    kind: 'bool',
    list: 'yesNo',
    hint: '是 或 否',
  },
];

export const OPENING_FIELDS: readonly FieldSpec[] = [
  {
    label: '过渡语',
    path: ['lead'],
    kind: 'text',
    hint: '开篇之后引出正文的一句话，如“现将有关情况报告如下：”',
  },
];

export const SECTION_FIELDS: readonly FieldSpec[] = [
  { label: '本节标题', path: ['title'], kind: 'text', hint: '不填则用默认标题' },
  { label: '内部（不公开）', path: ['internal'], kind: 'bool', list: 'yesNo', hint: '是：整节不进入公开版' },
];

/** A column of a block: header text, the field it fills, how the cell reads. */
export interface ColumnSpec {
  header: string;
  field: string;
  kind: CellKind;
  list?: ListName;
  width: number;
  /** Physical columns the cell spans (merged), for long text on a sheet laid out for figures. */
  span?: number;
  /** Shown by the workbook, never read back (a formula). */
  computed?: boolean;
  required?: boolean;
}

export interface BlockSpec {
  marker: string;
  name: BlockName;
  columns: readonly ColumnSpec[];
  /** Blank rows a fresh workbook offers. */
  blankRows: number;
}

export type BlockName = 'subsections' | 'figures' | 'paragraphs' | 'points' | 'tables' | 'basis' | 'allow';

const SUBSECTION: ColumnSpec = { header: '小节', field: 'subsection', kind: 'text', width: 8 };
const INTERNAL: ColumnSpec = { header: '内部', field: 'internal', kind: 'bool', list: 'yesNo', width: 7 };

export const FIGURE_BLOCK: BlockSpec = {
  marker: '【数据】',
  name: 'figures',
  blankRows: 20,
  columns: [
    { header: '名称', field: 'id', kind: 'text', width: 18, required: true },
    { header: '说明', field: 'label', kind: 'text', width: 26 },
    { header: '数值', field: 'value', kind: 'number', width: 16 },
    { header: '约数', field: 'approx', kind: 'list', list: 'approx', width: 7 },
    { header: '单位', field: 'unit', kind: 'list', list: 'unit', width: 9 },
    { header: '所属合计', field: 'parent', kind: 'text', width: 14 },
    { header: '分项合计（自动）', field: 'partsSum', kind: 'number', width: 16, computed: true },
    { header: '比率分子', field: 'ratioNumerator', kind: 'text', width: 14 },
    { header: '比率分母', field: 'ratioDenominator', kind: 'text', width: 14 },
    { header: '上年数', field: 'prior', kind: 'number', width: 12 },
    { header: '增减', field: 'change', kind: 'number', width: 12 },
    { header: '增减率', field: 'changePercent', kind: 'number', width: 10 },
    { header: '同于', field: 'same', kind: 'text', width: 14 },
    { header: '不超过', field: 'max', kind: 'text', width: 14 },
    { header: '列举事项', field: 'items', kind: 'text', width: 30 },
    { header: '列举完整', field: 'exhaustive', kind: 'bool', list: 'yesNo', width: 9 },
    { header: '分项完整', field: 'complete', kind: 'bool', list: 'yesNo', width: 9 },
    { header: '覆盖声明', field: 'claim', kind: 'text', width: 12 },
    { header: '显示单位', field: 'displayUnit', kind: 'list', list: 'money', width: 9 },
    { header: '显示小数位', field: 'displayDecimals', kind: 'number', width: 10 },
    INTERNAL,
    { header: '备注', field: 'note', kind: 'text', width: 20 },
    SUBSECTION,
  ],
};

export const PARAGRAPH_BLOCK: BlockSpec = {
  marker: '【段落】',
  name: 'paragraphs',
  blankRows: 8,
  columns: [
    { header: '文字', field: 'text', kind: 'text', width: 90, span: 6, required: true },
    INTERNAL,
    SUBSECTION,
  ],
};

export const POINT_BLOCK: BlockSpec = {
  marker: '【要点】',
  name: 'points',
  blankRows: 6,
  columns: [
    { header: '要点标题', field: 'title', kind: 'text', width: 24, required: true },
    { header: '文字', field: 'text', kind: 'text', width: 72, span: 5 },
    INTERNAL,
    SUBSECTION,
  ],
};

export const TABLE_BLOCK: BlockSpec = {
  marker: '【表格】',
  name: 'tables',
  blankRows: 3,
  columns: [
    { header: '表格标题', field: 'title', kind: 'text', width: 18 },
    { header: '数据行（名称，每行一个）', field: 'rows', kind: 'text', width: 26, required: true },
    { header: '首列标题', field: 'labelColumn', kind: 'text', width: 16 },
    { header: '数值列标题', field: 'valueColumn', kind: 'text', width: 16, span: 2 },
    { header: '金额单位', field: 'unit', kind: 'list', list: 'money', width: 14 },
    INTERNAL,
    SUBSECTION,
  ],
};

export const SUBSECTION_BLOCK: BlockSpec = {
  marker: '【小节】',
  name: 'subsections',
  blankRows: 3,
  columns: [
    { header: '编号', field: 'number', kind: 'text', width: 8, required: true },
    { header: '小节标题', field: 'title', kind: 'text', width: 72, span: 5 },
    INTERNAL,
  ],
};

export const BASIS_BLOCK: BlockSpec = {
  marker: '【依据文件】',
  name: 'basis',
  blankRows: 4,
  columns: [
    { header: '文件名称', field: 'title', kind: 'text', width: 80, span: 2, required: true },
    { header: '文号', field: 'number', kind: 'text', width: 24 },
  ],
};

export const OPENING_PARAGRAPH_BLOCK: BlockSpec = {
  ...PARAGRAPH_BLOCK,
  columns: [{ header: '文字', field: 'text', kind: 'text', width: 104, span: 3, required: true }, INTERNAL],
};

export const ALLOW_BLOCK: BlockSpec = {
  marker: '【公开版保留的个人信息】',
  name: 'allow',
  blankRows: 2,
  columns: [
    { header: '保留的文字', field: 'text', kind: 'text', width: 24, required: true },
    { header: '保留理由', field: 'reason', kind: 'text', width: 40, required: true },
  ],
};

export const SECTION_BLOCKS: readonly BlockSpec[] = [
  FIGURE_BLOCK,
  PARAGRAPH_BLOCK,
  POINT_BLOCK,
  TABLE_BLOCK,
  SUBSECTION_BLOCK,
];
export const OPENING_BLOCKS: readonly BlockSpec[] = [BASIS_BLOCK, OPENING_PARAGRAPH_BLOCK];
export const META_BLOCKS: readonly BlockSpec[] = [ALLOW_BLOCK];

/** Physical column widths of each kind of sheet (blocks with wide text span several columns). */
export const SECTION_WIDTHS = FIGURE_BLOCK.columns.map((c) => c.width);
export const META_WIDTHS = [28, 44, 48];
export const OPENING_WIDTHS = [16, 64, 24, 7];

/** Drop-down lists, one column each on the hidden lists sheet. */
export const LISTS = {
  yesNo: [YES, NO],
  kind: ['报告', '说明'],
  audience: Object.keys(AUDIENCE_WORDS),
  approx: [...APPROX_WORDS],
  unit: UNIT_CHOICES,
  money: [...MONEY_UNITS],
} as const;
export type ListName = keyof typeof LISTS;

/** Excel column letters: 1 → A, 27 → AA. */
export function columnLetter(n: number): string {
  let s = '';
  for (let c = n; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}
