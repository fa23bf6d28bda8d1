/** The instructions sheet: how to fill in the workbook, in Chinese, with an English summary. */
import { META_SHEET, OPENING_SHEET, SECTION_SHEETS } from './layout.js';

export interface InstructionLine {
  text: string;
  heading?: boolean;
}

export function instructionRows(): InstructionLine[] {
  const sections = SECTION_SHEETS.map((s) => `「${s.sheet}」`).join('');
  const lines: [string, boolean?][] = [
    ['预算绩效管理工作情况报告 · 数据填报工作簿', true],
    [
      '填好后运行 jixiao render 本文件.xlsx 生成报告（Word、PDF、Markdown），运行 jixiao check 本文件.xlsx 核对数字。出错时提示会指明工作表和单元格，如「绩效监控」!C7。',
    ],
    ['一、工作表', true],
    [
      `「${META_SHEET}」：发文机关、年度、报送对象、文号、成文日期等；公开版需保留的个人信息写在其下的区块中。`,
    ],
    [`「${OPENING_SHEET}」：报告开头的段落、依据的文件、引出正文的过渡语。`],
    [
      `${sections}：报告的各部分，每部分一张表。本部分没有内容时保留空表即可，不要删除或改名（可以另加自己的工作表）。`,
    ],
    [`各表的代号：${SECTION_SHEETS.map((x) => `「${x.sheet}」${x.key}`).join('，')}。`],
    ['二、每张表的写法', true],
    [
      '表的上方是“项目—内容”两列；下方是若干区块，以【数据】【段落】【要点】【表格】【小节】标记开头，下一行是表头，再往下每行一项。空行会被跳过，行不够时可插入行；表头文字不要改动，列的顺序可以调整，也可以增加自己的列（会被忽略）。',
    ],
    ['三、【数据】', true],
    [
      '名称：这个数据的代号，如 projects、资金总额，同一张表内不能重复，不能含空格、花括号、冒号或句点。文字中写 {名称} 即引用它，引用其他表的数据写 {表名.名称}，如 {绩效监控.amount}（也可写表的代号，如 {monitoring.amount}）；写 {名称:亿元} 可换算单位显示。',
    ],
    [
      '数值：填数字。显示几位小数就是几位有效精度（7.50 应把单元格设为两位小数，或输入文本 7.50）；带千分位的文本数字（1,234.50）和全角数字也能识别。近似数在“约数”列选择 近、约、余、以上、不足，数值本身仍填数字。',
    ],
    ['单位：万元、亿元、%、个、项、家等。百分比可以填 84.35 并选单位 %，也可以直接输入 84.35%。'],
    [
      '所属合计：分项所属的合计数据的名称（须写在分项之前）。合计的数值可以不填，由分项相加得出；填了则会核对是否等于分项之和。“分项合计（自动）”列由公式计算，仅供对照，不会被读取。分项只列出一部分时，“分项完整”填 否。',
    ],
    [
      '比率分子、比率分母：比率（如覆盖率、执行率）由哪两个数据相除得出；数值不填则自动计算，填了则核对。同于：与另一个数据应相同。不超过：不应大于的数据名称。上年数、增减、增减率：用于核对同比变化。',
    ],
    [
      '列举事项：数据所列举的事项，单元格内每行一项（Alt+Enter 换行）；列举不全时“列举完整”填 否。覆盖声明：如 全覆盖。显示单位、显示小数位：报告中换算显示（如数据以万元填写、报告以亿元表述）。内部：填 是 的内容不进入公开版。',
    ],
    ['四、【段落】【要点】【表格】【小节】', true],
    ['段落：每行一段正文，可引用数据 {名称}。要点：带标题的条目，如“（一）要点标题。文字”。'],
    ['表格：在段落后列出数据的表，“数据行”每行写一个数据名称，有分项的数据会逐项列出再列合计。'],
    [
      '小节：编号 1、2 表示本部分下的小节，1.1 表示小节 1 之下的小节；各区块“小节”列填编号即放入该小节，不填则属于本部分。',
    ],
    ['Workbook for jixiao (English summary)', true],
    [
      'One sheet per part of the report; each has fields at the top and blocks marked 【数据】 (figures), 【段落】 (paragraphs), 【要点】 (points), 【表格】 (tables) and 【小节】 (subsections), each followed by its header row. Keep the sheet names and header texts; add rows, reorder columns or add your own sheets freely. Values are numbers in the 数值 column with the unit in 单位 and approximations in 约数; the precision shown is the precision stated. Run `jixiao render book.xlsx` or `jixiao check book.xlsx`; problems name the sheet and cell.',
    ],
  ];
  return lines.map(([text, heading]) => ({ text, heading }));
}
