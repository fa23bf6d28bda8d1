import { stringify } from 'yaml';

/** A report with `n` monitoring subsections, each with a breakdown, a rate and a paragraph. */
export function generatedReport(n: number): string {
  const subsections = Array.from({ length: n }, (_, i) => ({
    title: `第${i + 1}类专项资金监控情况`,
    figures: {
      [`budget${i}`]: { value: `${1000 + i}.50万元`, label: `专项${i + 1}预算数` },
      [`spent${i}`]: {
        value: `${900 + i}.25万元`,
        label: `专项${i + 1}支出数`,
        max: `budget${i}`,
        parts: { 本级资金: `${500 + i}.00万元`, 上级资金: '400.25万元' },
      },
      [`rate${i}`]: { ratio: [`spent${i}`, `budget${i}`], label: `专项${i + 1}执行率` },
    },
    paragraphs: [
      `截至年底，该类专项预算{budget${i}}，已支出{spent${i}}，其中{spent${i}:parts}，预算执行率{rate${i}}。监控中发现的问题已督促整改。`,
    ],
  }));
  const data = {
    meta: {
      issuer: '示例市财政局',
      region: '示例市',
      year: 2024,
      audience: 'congress',
      addressee: '示例市人大常委会',
      date: '2025-03-01',
    },
    monitoring: { paragraphs: ['全年对全部专项资金开展绩效运行监控。'], subsections },
  };
  return stringify(data);
}
