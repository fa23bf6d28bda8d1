import { describe, expect, test } from 'vitest';
import { checkParagraphs } from '../../src/extract/index.js';
import { findFigures } from '../../src/extract/numbers.js';
import { readTxt } from '../../src/extract/read-txt.js';
import { readMd } from '../../src/extract/read-md.js';

test('a coverage rate is never taken as a ratio of the amounts beside it', () => {
  const r = checkParagraphs(
    'x.md',
    readMd('自评项目926个，涉及资金44.70亿元，其中本级资金30.15亿元，上级资金14.55亿元，自评覆盖率100%。\n'),
  );
  expect(r.findings).toEqual([]);
});

test('a change on last year when last year is named first (上年为100个，比上年增长25%)', () => {
  const r = checkParagraphs(
    'x.md',
    readMd('评价项目120个，上年为100个，比上年增长25%。\n\n评价政策130项，上年为100项，较上年增加30项。\n'),
  );
  expect(r.findings.map((f) => [f.rule, f.stated])).toEqual([['yoy-mismatch', '25%']]);
});

test('sums on the edge of their intervals are decided exactly, not by the float screen', () => {
  const stated = (parts: string) =>
    checkParagraphs(
      'x.md',
      readMd(`涉及金额100万元，其中：本级资金${parts}万元，上级资金40.25万元。\n`),
    ).findings.map((f) => [f.rule, f.stated]);
  expect(stated('60.25')).toEqual([]);
  expect(stated('60.26')).toEqual([]); // the parts' interval [100.50, 100.52] touches the total's [99.5, 100.5]
  expect(stated('60.27')).toEqual([['sum-mismatch', '100万元']]);
});

describe('one-sentence cases from the blind test', () => {
  const found = (md: string) =>
    checkParagraphs('x.md', readMd(`${md}\n`)).findings.map((f) => [f.rule, f.stated]);

  test('a rate never pairs sibling counts or list items; it pairs with the amounts that name it', () => {
    expect(
      found(
        '经评估，予以支持的项目38个，调整后予以支持的项目5个，不予支持的项目3个，核减资金2156.40万元，核减率5.65%。',
      ),
    ).toEqual([]);
    expect(found('全省16个市（州）、98个县（市、区）全部建立机制，覆盖率100%。')).toEqual([]);
    expect(found('11个县（市、区）中已有10个出台办法。')).toEqual([]);
    expect(found('申报资金126.45亿元，核减资金18.72亿元，核减率为17.38%。')).toEqual([
      ['rate-mismatch', '17.38%'],
    ]);
    expect(found('纳入监控的1265个项目中，预计能够如期实现的项目1187个，占监控项目总数的96.42%。')).toEqual([
      ['rate-mismatch', '96.42%'],
    ]);
  });

  test('changes on last year with last year named inline, or chained', () => {
    expect(found('收回资金2.36亿元，较上年的1.82亿元增长31.87%。')).toEqual([['yoy-mismatch', '31.87%']]);
    expect(found('重点评价项目85个，比上年68个增加19个。')).toEqual([['yoy-mismatch', '19个']]);
    expect(found('项目绩效目标1265个，较上年增加79个，增长8.66%。')).toEqual([['yoy-mismatch', '8.66%']]);
    expect(found('培训3.28万人次，较上年的2.82万人次增加0.46万人次，增长16.31%。')).toEqual([]);
  });

  test('breakdowns: counts under the count total, 分别为 and 包括, complementary classes', () => {
    expect(
      found(
        '共对1016个项目开展自评，涉及资金17.95亿元，其中：优秀项目624个、良好项目318个、中等项目61个、较差项目11个。',
      ),
    ).toEqual([['sum-mismatch', '1016个']]);
    expect(
      found(
        '涉及资金45.83亿元，分别为一般公共预算38.16亿元、政府性基金预算6.21亿元、国有资本经营预算1.64亿元。',
      ),
    ).toEqual([['sum-mismatch', '45.83亿元']]);
    expect(found('涉及资金4.53亿元，其中：区本级资金1.86亿元，上级转移支付资金2.47亿元。')).toEqual([
      ['sum-mismatch', '4.53亿元'],
    ]);
    // A partial list stays silent.
    expect(found('涉及资金4.53亿元，其中：区本级资金1.86亿元，债券资金1.47亿元。')).toEqual([]);
    expect(found('省对下转移支付资金1426.83亿元，其中中央转移支付资金1038.52亿元。')).toEqual([]);
  });

  test('doubled words are slips; words meeting are not', () => {
    expect(found('进一步进一步压实责任，全省各级各级财政部门。')).toEqual([
      ['duplicate-phrase', '进一步进一步'],
      ['duplicate-phrase', '各级各级'],
    ]);
    expect(found('指导各部门部门整体绩效自评，重点项目项目库，常常，人人，一步一步推进。')).toEqual([]);
  });

  test('plain text: heading lines open paragraphs, a number cut by a page number is one number', () => {
    const paras = readTxt(
      '一、主要工作\n（一）健全制度\n正文第一句话写在这里，第二句话也写在这里，正文结束。\n（二）开展评估\n共评估项目18个，申报资金1.36\n\n— 1 —\n\n亿元，核减资金1542.80万元，核减率11.34%。\n',
    );
    expect(paras.map((p) => p.text.slice(0, 4))).toEqual([
      '一、主要',
      '（一）健',
      '正文第一',
      '（二）开',
      '共评估项',
    ]);
    const r = checkParagraphs('x.txt', paras);
    expect(r.figures.map((f) => f.text)).toContain('1.36亿元');
    expect(r.findings).toEqual([]);
  });
});

describe('one-sentence cases from the second blind test', () => {
  const found = (md: string) =>
    checkParagraphs('x.md', readMd(`${md}\n`)).findings.map((f) => [f.rule, f.stated]);
  const figures = (text: string) => findFigures(text).filter((f) => !f.threshold);

  test('last year’s count and the change on it are never the covered count or the whole', () => {
    expect(
      found(
        '全区86个预算部门全部编报部门整体支出绩效目标，较2021年的74个增加12个，部门整体绩效目标实现全覆盖。',
      ),
    ).toEqual([]);
  });

  test('counts of different things (部门 对 项目) are not a numerator and a denominator', () => {
    expect(found('组织86个部门对1,102个项目开展绩效自评，自评覆盖率88.30%。')).toEqual([]);
    expect(found('组织州本级84个部门对2018年度实施的548个项目开展绩效自评，自评覆盖率100%。')).toEqual([]);
  });

  test('a rate whose formula is fixed takes its numerator from the amount it names (到位率 ↔ 到位)', () => {
    expect(
      found(
        '共监控项目612个、资金38.45亿元。截至8月底，资金到位35.21亿元，已支出26.83亿元，资金到位率91.57%，支出进度69.78%。',
      ),
    ).toEqual([]);
  });

  test('a score band (90分以上2个, 80-90分5个) is a class of scores, not a score', () => {
    expect(found('对9个项目开展重点评价，平均得分85.6分，其中90分以上2个、80-90分5个、70-80分2个。')).toEqual(
      [],
    );
    expect(figures('90分以上2个、80-90分5个').map((f) => f.text)).toEqual(['2个', '5个']);
  });

  test('A、B分别为x和y maps a list onto values: it is no enumeration to count', () => {
    expect(found('编制项目绩效目标1,027个，一般公共预算项目、政府性基金预算项目分别为936个和91个。')).toEqual(
      [],
    );
  });

  test('节约9.4% is no approximation: 约 closing a word is not a marker', () => {
    const [f] = findFigures('比预算节约9.4%');
    expect([f?.text, f?.approx]).toEqual(['9.4%', undefined]);
    expect(findFigures('约9.4%')[0]?.approx).toBe('about');
  });

  test('a lone 一 names a thing (“一个系统”, 建立一个平台) and is no count; 共一个 counts', () => {
    expect(figures('实现“一个系统、全程留痕”，建立一个平台，一批项目').map((f) => f.text)).toEqual([]);
    expect(figures('共一个项目').map((f) => f.text)).toEqual(['一个']);
  });

  test('every score of a 分别为 list is a figure', () => {
    expect(figures('评价平均得分分别为86.4分、82.7分和88.1分。').map((f) => f.text)).toEqual([
      '86.4分',
      '82.7分',
      '88.1分',
    ]);
  });

  test('plain text from a PDF: a running header repeated at page breaks is dropped before lines join', () => {
    const header = '某州财政局关于2019年度预算绩效管理工作情况的报告';
    const paras = readTxt(
      `一、主要工作\n正文第一句话写在这里，州财政局对丹溪县等地2018年度财\n\n— 1 —\n\n${header}\n\n政专项扶贫资金开展评价，评价结束。下一句话也写在这里\n\n— 2 —\n\n${header}\n\n并且继续写到这里。\n`,
    );
    expect(paras.map((p) => p.text).join('')).not.toContain(header);
    expect(paras.some((p) => p.text.includes('2018年度财政专项扶贫资金'))).toBe(true);
  });

  test('a change in percentage points against last year’s rate named in the sentence', () => {
    expect(found('预算执行率94.36%，较上年的91.16%提高3.5个百分点。')).toEqual([
      ['yoy-mismatch', '3.5个百分点'],
    ]);
    expect(found('自评率97.54%，较上年提高2.6个百分点（上年为95.14%）。')).toEqual([
      ['yoy-mismatch', '2.6个百分点'],
    ]);
    expect(found('预算执行率94.36%，较上年的91.16%提高3.20个百分点。')).toEqual([]);
    expect(found('执行率95.26%，较上年提高2.1个百分点。')).toEqual([]);
  });

  test('市本级 and 县级 are complementary: a 其中 split into them that falls short is a slip', () => {
    expect(found('调减资金3.18亿元，其中市本级1.26亿元，县级1.82亿元。')).toEqual([
      ['sum-mismatch', '3.18亿元'],
    ]);
    expect(found('调减资金3.18亿元，其中市本级1.36亿元，县级1.82亿元。')).toEqual([]);
  });
});

test('a list closed by 合计 adds up to it; a 其中 list of people stays a partial list', () => {
  const found = (md: string) =>
    checkParagraphs('x.md', readMd(`${md}\n`)).findings.map((f) => [f.rule, f.stated]);
  expect(found('举办培训3场，参训人次分别为120人次、86人次、95人次，合计311人次。')).toEqual([
    ['sum-mismatch', '311人次'],
  ]);
  expect(found('举办培训3场，参训人次分别为120人次、86人次、95人次，合计301人次。')).toEqual([]);
  expect(found('收回资金1.2亿元，较上年增加0.3亿元，合计收回2.1亿元。')).toEqual([]);
});

describe('claims and bases one sentence away', () => {
  const found = (md: string) =>
    checkParagraphs('x.md', readMd(`${md}\n`)).findings.map((f) => [f.rule, f.stated]);

  test('a run-in point claiming 全覆盖 is borne out by the counts of the sentence after it', () => {
    expect(
      found('一是实现部门整体绩效目标全覆盖。市本级312个预算单位中，已有298个单位编报了部门整体绩效目标。'),
    ).toEqual([['coverage-claim', '全覆盖']]);
    expect(found('市本级312个预算单位中，已有298个单位编报部门整体绩效目标，实现全覆盖。')).toEqual([
      ['coverage-claim', '全覆盖'],
    ]);
    expect(
      found('一是实现部门整体绩效目标全覆盖。市本级312个预算单位中，已有312个单位编报了部门整体绩效目标。'),
    ).toEqual([]);
    expect(
      found('一是推进绩效目标管理。市本级312个预算单位中，已有298个单位编报了部门整体绩效目标。'),
    ).toEqual([]);
  });

  test('a lone count’s rate takes as base the one count of the same noun in the sentence before', () => {
    expect(
      found('对9个项目开展重点评价，涉及资金2.16亿元。评价等次为优、良的项目7个，优良率87.5%。'),
    ).toEqual([['rate-mismatch', '87.5%']]);
    expect(
      found('对9个项目开展重点评价，涉及资金2.16亿元。评价等次为优、良的项目7个，优良率77.8%。'),
    ).toEqual([]);
    expect(
      found('对9个项目开展重点评价，对12个项目开展部门评价。评价等次为优、良的项目7个，优良率87.5%。'),
    ).toEqual([]);
  });
});

test('按资金计 restates a whole breakdown in money; project targets break down into projects', () => {
  const found = (md: string) =>
    checkParagraphs('x.md', readMd(`${md}\n`)).findings.map((f) => [f.rule, f.stated]);
  expect(
    found(
      '涉及资金9.38亿元，其中委托第三方机构评价10个、自行组织评价6个；按资金计，第三方机构评价项目资金6.27亿元，自行组织评价项目资金2.91亿元。',
    ),
  ).toEqual([['sum-mismatch', '9.38亿元']]);
  expect(
    found('涉及资金9.38亿元；按资金计，第三方机构评价项目资金6.47亿元，自行组织评价项目资金2.91亿元。'),
  ).toEqual([]);
  expect(found('共设置项目绩效目标1,248个，其中一般公共预算项目1,016个、政府性基金预算项目241个。')).toEqual([
    ['sum-mismatch', '1,248个'],
  ]);
  expect(found('共设置项目绩效目标1,248个，其中一般公共预算项目1,016个、政府性基金预算项目232个。')).toEqual(
    [],
  );
  expect(found('共设置项目绩效目标1,248个，其中重大项目116个。')).toEqual([]);
});

describe('one-sentence cases from the third blind test', () => {
  const found = (md: string) =>
    checkParagraphs('x.md', readMd(`${md}\n`)).findings.map((f) => [f.rule, f.stated]);

  test('a count of rounds (两轮, 2轮) is never a numerator, a denominator or a total of other things', () => {
    expect(found('以5月底、8月底为节点开展两轮双监控，纳入监控的项目4876个，监控覆盖率100%。')).toEqual([]);
    expect(found('开展2轮监控，纳入监控项目4876个，监控覆盖率100%。')).toEqual([]);
    expect(found('共发出预警通知23份，两轮分别为14份和9份。')).toEqual([]);
    expect(found('共发出预警通知23份，两轮分别为14份和8份。')).toEqual([['sum-mismatch', '23份']]);
    expect(found('开展2轮监控，纳入监控项目4876个，已监控项目4800个，监控覆盖率100%。')).toEqual([
      ['coverage-claim', '覆盖率100%'],
    ]);
  });

  test('a 其中 breakdown belongs to the earlier total it adds up to, not merely to the nearest amount', () => {
    expect(
      found(
        '全区共分配直达资金4.27亿元，已支出3.98亿元，支出进度93.21%；其中，中央直达资金3.15亿元，市级资金1.12亿元。',
      ),
    ).toEqual([]);
    // None fits, and the nearest (支出) is not what the parts name: in doubt, silent.
    expect(
      found(
        '全区共分配直达资金4.27亿元，已支出3.98亿元，支出进度93.21%；其中，中央直达资金3.15亿元，市级资金1.22亿元。',
      ),
    ).toEqual([]);
    expect(found('全区共分配直达资金4.27亿元；其中，中央直达资金3.15亿元，市级资金1.22亿元。')).toEqual([
      ['sum-mismatch', '4.27亿元'],
    ]);
  });

  test('the same words about different objects (对预警项目…, 对重点评价发现的问题…) are different quantities', () => {
    expect(
      found(
        '对执行进度滞后的项目发出预警函46份，督促整改问题132个。\n\n对重点评价发现的问题，向28个部门印发整改通知，督促整改问题89个。',
      ),
    ).toEqual([]);
    expect(
      found(
        '对重点评价发现的问题，向28个部门印发整改通知，督促整改问题132个。\n\n对重点评价发现的问题，督促整改问题89个。',
      ),
    ).toEqual([['figure-conflict', '89个']]);
  });
});

describe('one-sentence cases from the fourth blind test', () => {
  const found = (md: string) =>
    checkParagraphs('x.md', readMd(`${md}\n`)).findings.map((f) => [f.rule, f.stated]);

  test('classes after 其中 that leave out the head noun (教育类21个) are parts of the count they follow', () => {
    expect(found('部门评价项目87个，其中教育类21个、卫生健康类18个、农林水类26个、城乡社区类19个。')).toEqual(
      [['sum-mismatch', '87个']],
    );
    expect(
      found(
        '部门评价项目87个，其中教育类项目21个、卫生健康类项目18个、农林水类项目26个、城乡社区类项目19个。',
      ),
    ).toEqual([['sum-mismatch', '87个']]);
    expect(found('部门评价项目87个，其中教育类21个、卫生健康类18个、农林水类26个、城乡社区类22个。')).toEqual(
      [],
    );
    // Partial lists only bound their total.
    expect(found('部门评价项目87个，其中教育类21个、卫生健康类18个。')).toEqual([]);
    expect(found('部门评价项目87个，其中教育类21个、卫生健康类18个、农林水类26个等。')).toEqual([]);
    expect(found('共清理项目87个，其中确无法执行的9个项目。')).toEqual([]);
  });

  test('a claim with no counts of its own is borne out by the set drawn from in the next sentence', () => {
    expect(found('实现单位自评全覆盖。全市98个一级预算单位中，有95个单位按期报送了自评报告。')).toEqual([
      ['coverage-claim', '全覆盖'],
    ]);
    expect(found('实现单位自评全覆盖，全市98个一级预算单位中，有95个单位按期报送了自评报告。')).toEqual([
      ['coverage-claim', '全覆盖'],
    ]);
    expect(found('实现单位自评全覆盖。全市98个一级预算单位中，有98个单位按期报送了自评报告。')).toEqual([]);
    expect(found('基本实现单位自评全覆盖。全市98个一级预算单位中，有95个单位按期报送了自评报告。')).toEqual(
      [],
    );
  });

  test('the money of one set of projects (重点评价项目15个，涉及资金…) stated twice differently is a conflict', () => {
    expect(found('重点评价项目15个，涉及资金9.64亿元。\n\n重点评价项目15个，涉及资金9.46亿元。')).toEqual([
      ['figure-conflict', '9.46亿元'],
    ]);
    expect(found('重点评价项目15个，涉及资金9.64亿元。\n\n重点评价项目15个，涉及资金9.64亿元。')).toEqual([]);
    // Another count, or another year: another set of projects.
    expect(found('重点评价项目15个，涉及资金9.64亿元。\n\n部门评价项目15个，涉及资金9.46亿元。')).toEqual([]);
    expect(
      found('重点评价项目15个，涉及资金9.64亿元。\n\n2021年重点评价项目15个，涉及资金9.46亿元。'),
    ).toEqual([]);
  });
});

describe('one-sentence cases from the fifth blind test', () => {
  const found = (md: string) =>
    checkParagraphs('x.md', readMd(`${md}\n`)).findings.map((f) => [f.rule, f.stated]);
  const title = '# 关于某区2024年度预算绩效管理工作情况的报告\n\n';

  test("a figure given another year than the report's is not this year's value of a change", () => {
    expect(found(`${title}2023年纳入监控的项目为276个，今年监控数量较上年增长13.04%。`)).toEqual([]);
    // This year's figure with its change is still checked (312 on 276 is 13.04%, not 15%).
    expect(found(`${title}2024年纳入监控的项目312个，较上年增加36个，增长15.00%。`)).toEqual([
      ['yoy-mismatch', '15.00%'],
    ]);
  });

  test('a rate named after money is a share of money, never of counts', () => {
    const s = (rate: string) =>
      `将22个重点评价项目结果作为依据，对9.84亿元评价资金中得分低于80分的3个项目压减预算0.63亿元，占评价资金的${rate}。`;
    expect(found(s('6.40%'))).toEqual([]);
    expect(found(s('7.40%'))).toEqual([['rate-mismatch', '7.40%']]);
  });
});

describe('an activity’s set stated twice in other words', () => {
  const conflicts = (md: string) =>
    checkParagraphs('x.md', readMd(md))
      .findings.filter((f) => f.rule === 'figure-conflict')
      .map((f) => [f.stated, f.message.zh]);

  test('the count of what was assessed, however worded, and the money stated with that count', () => {
    expect(
      conflicts('全年对46个项目开展事前绩效评估。\n\n通过事前绩效评估对45个项目把关，核减资金2156万元。\n'),
    ).toEqual([['45个', '「事前评估项目数」此处为 45个，而 第 1 行 处的同一数据为 46个']]);
    expect(
      conflicts(
        '选取15个项目开展重点评价，涉及资金9.64亿元。\n\n对15个重点评价项目（涉及资金9.46亿元）提出整改意见。\n',
      ),
    ).toEqual([
      ['9.46亿元', '「15个重点评价项目涉及资金」此处为 9.46亿元，而 第 1 行 处的同一数据为 9.64亿元'],
    ]);
    expect(
      conflicts('对1,248个项目、52.37亿元资金进行跟踪。\n\n全年绩效运行监控项目1,284个。\n').map(([s]) => s),
    ).toEqual(['1,284个']);
  });

  test('other sets of the same activity are not restatements', () => {
    // What monitoring found is a subset; another scope; a qualified activity; another period; a part.
    for (const md of [
      '对300个项目开展绩效监控。\n\n监控发现执行偏差项目38个。\n',
      '市本级对120个项目开展重点评价。\n\n指导各县对85个项目开展重点评价。\n',
      '财政对15个项目开展重点评价。\n\n部门重点评价项目32个。\n',
      '上半年对300个项目开展绩效监控。\n\n全年对320个项目开展绩效监控。\n',
      '对98个单位开展绩效自评。\n\n98个单位中，95个单位开展绩效自评。\n',
      '对15个项目开展重点评价，涉及资金9.64亿元。\n\n对15个项目开展事前绩效评估，涉及资金3.2亿元。\n',
    ])
      expect(conflicts(md)).toEqual([]);
  });
});

describe('breakdowns and changes in the shapes drafts use', () => {
  const stated = (md: string) => checkParagraphs('x.md', readMd(md)).findings.map((f) => [f.rule, f.stated]);

  test('parts in count-and-amount pairs break down both totals; 其中 or 按…分 may open the next sentence', () => {
    const pairs = (n: string, m: string) =>
      stated(
        `编制项目绩效目标718个，涉及资金31.46亿元，其中：一般公共预算项目${n}个、27.83亿元，政府性基金预算项目52个、3.51亿元，国有资本经营预算项目13个、${m}亿元。\n`,
      );
    expect(pairs('653', '0.12')).toEqual([]);
    expect(pairs('635', '0.12')).toEqual([['sum-mismatch', '718个']]);
    expect(pairs('653', '0.57')).toEqual([['sum-mismatch', '31.46亿元']]);
    expect(
      stated(
        '对586个项目开展绩效自评，涉及资金21.36亿元。其中：一般公共预算项目502个，政府性基金预算项目67个，国有资本经营预算项目8个。\n',
      ),
    ).toEqual([['sum-mismatch', '586个']]);
    expect(
      stated(
        '共设定项目绩效目标612个，涉及资金24.57亿元。按预算类别分，一般公共预算项目548个、资金19.62亿元，政府性基金预算项目57个、资金4.71亿元，国有资本经营预算项目7个、资金0.42亿元。\n',
      ),
    ).toEqual([['sum-mismatch', '24.57亿元']]);
    // A partial 其中 in the next sentence stays a bound: nothing has to add up.
    expect(stated('对586个项目开展绩效自评。其中：一般公共预算项目502个。\n')).toEqual([]);
  });

  test('changes against a named earlier year, and 由X提高到Y followed by the change', () => {
    expect(stated('“三公”经费支出1286.47万元，较2020年的1403.82万元下降7.36%。\n')).toEqual([
      ['yoy-mismatch', '7.36%'],
    ]);
    expect(stated('“三公”经费支出1286.47万元，较2020年的1403.82万元下降8.36%。\n')).toEqual([]);
    expect(stated('项目自评覆盖率由上年的87.5%提高到96.3%，提高9.8个百分点。\n')).toEqual([
      ['yoy-mismatch', '9.8个百分点'],
    ]);
    expect(stated('目标完成率由2023年同期的87.45%提高到90.16%，提高2.71个百分点。\n')).toEqual([]);
    // The change of a count is measured on the count, not on the amount stated between them.
    expect(stated('编报项目1254个，涉及资金42.18亿元，较上年增加106个，增长9.8%。\n')).toEqual([
      ['yoy-mismatch', '9.8%'],
    ]);
    expect(stated('编报项目1254个，涉及资金42.18亿元，较上年增加106个，增长9.2%。\n')).toEqual([]);
  });
});

describe('last year’s figure given elsewhere than inline', () => {
  const stated = (md: string) =>
    checkParagraphs('x.md', readMd(md)).findings.map((f) => [f.rule, f.stated, f.message.zh]);

  test('in brackets after the change, in the sentence before (opening with last year), or after 由…同期的', () => {
    expect(
      stated('对8个项目开展重点评价，涉及资金1.93亿元，较上年增长21.9%（2023年为1.62亿元）。\n'),
    ).toEqual([
      [
        'yoy-mismatch',
        '21.9%',
        '「资金」为 1.93亿元，上年为 1.62亿元，所述变动 21.9% 与之不符（应在 [18.46, 19.82]% 之间）',
      ],
    ]);
    expect(
      stated('对8个项目开展重点评价，涉及资金1.93亿元，较上年增长19.1%（2023年为1.62亿元）。\n'),
    ).toEqual([]);
    const years = (n: string) =>
      stated(
        `# 某市2024年度预算绩效管理工作情况报告\n\n2023年，市级共对34个项目开展了事前评估。2024年，评估项目41个，较上年增加${n}个。\n`,
      );
    expect(years('9').map(([r, s]) => [r, s])).toEqual([['yoy-mismatch', '9个']]);
    expect(years('7')).toEqual([]);
    expect(stated('目标完成率由2023年同期的87.45%提高到90.16%，提高2.17个百分点。\n')).toEqual([
      [
        'yoy-mismatch',
        '2.17个百分点',
        '「目标完成率」为 90.16%，上年为 87.45%，所述变动 2.17个百分点 与之不符（应在 [2.70, 2.72]个百分点 之间）',
      ],
    ]);
  });

  test('a change named after money is the money’s, not the count’s stated before it', () => {
    // 36.7% is the money's growth (2.10 → 2.87亿元), given in the bracket as a pair: nothing to check here.
    expect(
      stated(
        '完成事前评估项目15个，涉及资金2.87亿元。评估项目个数较上年增加4个，涉及资金同比增长36.7%（2023年分别为11个、2.10亿元）。\n',
      ),
    ).toEqual([]);
  });
});

describe('counts by grade under the count of what was graded', () => {
  const stated = (md: string) => checkParagraphs('x.md', readMd(md)).findings.map((f) => [f.rule, f.stated]);

  test('grades never add up to more than the things graded; with the lowest grade listed, to exactly that', () => {
    expect(
      stated('选取8个项目开展重点评价，涉及资金1.46亿元，评价等次分别为优3个、良4个、中2个。\n'),
    ).toEqual([['sum-mismatch', '8个']]);
    expect(stated('选取9个项目开展重点评价，评价等次分别为优3个、良4个、中1个。\n')).toEqual([]);
    expect(stated('选取15个项目开展重点评价。评价结果为“优”的6个、“良”的7个、“中”的3个。\n')).toEqual([
      ['sum-mismatch', '15个'],
    ]);
    expect(stated('对12个项目开展重点评价，评价结果为优秀3个、良好6个、中等2个、较差2个。\n')).toEqual([
      ['sum-mismatch', '12个'],
    ]);
    expect(stated('对12个项目开展重点评价，评价结果为优秀3个、良好6个、中等2个、较差1个。\n')).toEqual([]);
  });

  test('no total when what was graded is two sets together, nor when grades are listed up to 等', () => {
    expect(
      stated(
        '选取24个重点项目和6个部门整体支出开展重点评价。评价结果为“优”的9个、“良”的13个、“中”的6个、“差”的2个。\n',
      ),
    ).toEqual([]);
    expect(stated('选取8个项目开展重点评价，评价结果为优5个、良4个等。\n')).toEqual([]);
  });
});

describe('rates that name their terms, and bases in the sentence before', () => {
  const stated = (md: string) => checkParagraphs('x.md', readMd(md)).findings.map((f) => [f.rule, f.stated]);

  test('X占Y的N% takes X as numerator and Y as denominator', () => {
    const share = (n: string) =>
      stated(`对42个项目开展事前绩效评估，涉及资金3.27亿元，核减资金3860万元，核减资金占评估资金的${n}%。\n`);
    expect(share('11.08')).toEqual([['rate-mismatch', '11.08%']]);
    expect(share('11.80')).toEqual([]);
    // A numerator the sentence does not state (两类合计) leaves the share unchecked.
    expect(
      stated(
        '对126个项目开展评估，其中教育类项目32个、卫生健康类项目28个，两类合计占评估项目总数的47.62%。\n',
      ),
    ).toEqual([]);
  });

  test('审减率 over the amount assessed, stated in the sentence before', () => {
    const cut = (n: string) =>
      stated(
        `共评估项目46个，涉及资金8.36亿元。经评估，对11个项目予以调减，审减资金0.74亿元，审减率${n}%。\n`,
      );
    expect(cut('8.58')).toEqual([['rate-mismatch', '8.58%']]);
    expect(cut('8.85')).toEqual([]);
    // Two amounts before that the formula could name: no base is chosen.
    expect(
      stated('评估项目46个，涉及资金8.36亿元，申报资金9.12亿元。审减资金0.74亿元，审减率8.58%。\n'),
    ).toEqual([]);
  });
});

describe('prose slips: 的的 and run-in points', () => {
  const found = (md: string) => checkParagraphs('x.md', readMd(md)).findings.map((f) => [f.rule, f.stated]);

  test('的的 is a slip; a word ending in 的 meeting the particle, or 的的确确, is not', () => {
    expect(found('节省下来的的资金统筹使用。\n')).toEqual([['duplicate-phrase', '的的']]);
    expect(found('为实现预算目的的手段，的的确确，实实在在的成效，对对口帮扶县，在在建项目中。\n')).toEqual(
      [],
    );
  });

  test('一是…二是 count up by one, within a paragraph and into the next', () => {
    expect(found('存在问题：一是观念未扭转。二是起步晚。三是机制不刚性。五是力量薄弱。\n')).toEqual([
      ['numbering-style', '五是'],
    ]);
    expect(found('一是完善制度。二是强化监控。\n\n三是加强评价。四是推动公开。\n')).toEqual([]);
    expect(found('一是完善制度。二是强化监控。\n\n四是加强评价。\n')).toEqual([['numbering-style', '四是']]);
    // A sequence whose start was not seen is not judged.
    expect(found('三是加强评价。四是推动公开。\n')).toEqual([]);
  });
});

test('核减 and 审减 name one amount, whatever means are named before it; not when two activities are named', () => {
  const conflicts = (md: string) =>
    checkParagraphs('x.md', readMd(md))
      .findings.filter((f) => f.rule === 'figure-conflict')
      .map((f) => f.stated);
  expect(
    conflicts('通过压缩建设规模等方式，核减资金2346万元。\n\n全年通过事前绩效评估审减资金2364万元。\n'),
  ).toEqual(['2364万元']);
  expect(conflicts('通过事前绩效评估核减资金2346万元。\n\n通过重点评价核减资金1200万元。\n')).toEqual([]);
});

test('a coverage claim with only the set’s count, borne out by the next sentence; counts drawn after a verb (中已完成评价79个)', () => {
  const found = (md: string) =>
    checkParagraphs('x.md', readMd(md)).findings.map((f) => [f.rule, f.message.zh]);
  expect(
    found('全市112个市直部门实现整体绩效目标管理全覆盖。112个市直部门中有108个编报了整体绩效目标。\n'),
  ).toEqual([['coverage-claim', '声称“全覆盖”，但「市直部门」为 108个，少于「市直部门」 112个']]);
  expect(
    found('全市112个市直部门实现整体绩效目标管理全覆盖。112个市直部门中有112个编报了整体绩效目标。\n'),
  ).toEqual([]);
  expect(found('扶贫项目绩效评价实现全覆盖，全县86个扶贫项目中已完成评价79个。\n')).toEqual([
    ['coverage-claim', '声称“全覆盖”，但「扶贫项目」为 79个，少于「扶贫项目」 86个'],
  ]);
  expect(found('扶贫项目绩效评价基本实现全覆盖，全县86个扶贫项目中已完成评价79个。\n')).toEqual([]);
});

describe('one-sentence cases from the seventh blind test', () => {
  const found = (md: string) => checkParagraphs('x.md', readMd(md)).findings.map((f) => [f.rule, f.stated]);

  test('a list of who acted is not the list a count counts', () => {
    expect(found('市人社局、市医保局同步编制了6项基金的整体绩效目标。\n')).toEqual([]);
    expect(found('涉及教育、卫生健康、农业农村、交通运输、生态环境6个领域。\n')).toEqual([
      ['count-mismatch', '6个'],
    ]);
  });

  test('grades listed after a coverage claim are not counts drawn from a set (良121个、中27个)', () => {
    expect(
      found(
        '对全部471个项目开展绩效自评，实现项目自评全覆盖。自评结果为优的318个、良121个、中27个、差5个。\n',
      ),
    ).toEqual([]);
  });

  test('由X提升至Y: the two ends of a change are no numerator and denominator', () => {
    expect(
      found('公开绩效自评报告的部门由29个增至34个，公开比例由76.32%提升至89.47%，提高13.15个百分点。\n'),
    ).toEqual([]);
  });

  test('a part singled out by 其中 is not the whole the next sentence breaks down', () => {
    expect(
      found(
        '项目支出绩效目标724个，涉及资金28.36亿元，其中新增项目137个。按预算类别分，一般公共预算项目596个、21.47亿元，政府性基金预算项目110个、6.28亿元，国有资本经营预算项目18个、0.61亿元。\n',
      ),
    ).toEqual([]);
    expect(
      found(
        '项目支出绩效目标724个，涉及资金28.36亿元，其中新增项目137个。按预算类别分，一般公共预算项目596个、21.47亿元，政府性基金预算项目110个、6.28亿元，国有资本经营预算项目81个、0.61亿元。\n',
      ),
    ).toEqual([['sum-mismatch', '724个']]);
  });
});

describe('one-sentence cases from the eighth blind test', () => {
  const found = (md: string) => checkParagraphs('x.md', readMd(md)).findings.map((f) => [f.rule, f.stated]);

  test('由X增至Y, then the change', () => {
    expect(found('资金规模由2022年的291.60亿元增至368.25亿元，增长28.6%。\n')).toEqual([
      ['yoy-mismatch', '28.6%'],
    ]);
    expect(found('资金规模由2022年的291.60亿元增至368.25亿元，增长26.3%。\n')).toEqual([]);
  });

  test('按…分 in mid-sentence and 从组织方式看 open breakdowns; last year’s figure and earlier parts are no whole', () => {
    expect(
      found(
        '全区全部436个项目纳入监控范围，按资金来源分，区本级财力安排项目312个、上级转移支付项目97个、政府债券项目31个。\n',
      ),
    ).toEqual([['sum-mismatch', '436个']]);
    expect(
      found('选取32个项目开展重点评价。从组织方式看，委托第三方机构实施评价24个，财政自行组织评价9个。\n'),
    ).toEqual([['sum-mismatch', '32个']]);
    expect(
      found(
        '评价项目数比上年增加7个（2022年为25个）。从组织方式看，委托第三方机构实施评价24个，财政自行组织评价9个。\n',
      ),
    ).toEqual([]);
    expect(
      found(
        '编制项目绩效目标4876个，按预算类别分：一般公共预算项目4105个，政府性基金预算项目612个，国有资本经营预算项目159个。从层级看，省本级项目1536个。\n',
      ),
    ).toEqual([]);
  });

  test('评估 alone is the ex-ante assessment; a set qualified as new is still the assessed set; 全省 is another scope', () => {
    const md = (n: string) =>
      `省本级2023年共评估项目146个，涉及资金86.52亿元。全省各级合计对1,862个项目开展了事前绩效评估。\n\n在2023年省本级对${n}个新增项目开展事前评估的基础上，扩大评估范围。\n`;
    expect(found(md('164'))).toEqual([['figure-conflict', '164个']]);
    expect(found(md('146'))).toEqual([]);
  });
});

test('分别为 after a count of items maps values onto them: they break down the amount before the items', () => {
  const found = (md: string) => checkParagraphs('x.md', readMd(md)).findings.map((f) => [f.rule, f.stated]);
  const md = (last: string) =>
    `共分配直达资金3.84亿元，涉及教育、卫生健康、社会保障、农业农村4个领域，分别为1.26亿元、0.93亿元、1.15亿元、${last}亿元。\n`;
  expect(found(md('0.41'))).toEqual([['sum-mismatch', '3.84亿元']]);
  expect(found(md('0.50'))).toEqual([]);
  // Three values for four items: not a mapping, nothing to add up.
  expect(
    found(
      '共分配直达资金3.84亿元，涉及教育、卫生健康、社会保障、农业农村4个领域，分别为1.26亿元、0.93亿元、1.15亿元。\n',
    ),
  ).toEqual([]);
  expect(found('督促督促相关单位整改。\n')).toEqual([['duplicate-phrase', '督促督促']]);
});

test('several windows of months named together are rounds of one activity, not the period of its count', () => {
  const conflicts = (md: string) =>
    checkParagraphs('x.md', readMd(md))
      .findings.filter((f) => f.rule === 'figure-conflict')
      .map((f) => f.stated);
  expect(
    conflicts(
      '分别以1-6月、1-9月为时段开展两轮监控，纳入监控项目1362个。\n\n全年对1326个项目实施跟踪监控。\n',
    ),
  ).toEqual(['1326个']);
  // One window is a period of its own.
  expect(conflicts('1-6月纳入监控项目1302个。\n\n全年对1326个项目实施跟踪监控。\n')).toEqual([]);
});

describe('one-sentence cases from the ninth and tenth blind tests', () => {
  const found = (md: string) => checkParagraphs('x.md', readMd(md)).findings.map((f) => [f.rule, f.stated]);

  test('an example’s figures are not the totals stated elsewhere; rounds are periods; activities of the paragraph tell sets apart', () => {
    expect(
      found(
        '通过评估共核减资金7,842.15万元。\n\n从具体项目看，州交通运输局申报的农村公路项目，核减资金1,260.00万元。\n',
      ),
    ).toEqual([]);
    expect(
      found('第一轮向19个部门发出预警函23份。\n\n第二轮监控期间，本轮向13个部门发出预警函16份。\n'),
    ).toEqual([]);
    expect(
      found(
        '组织单位自评，自评结果为优的1,012个、良的187个，优良率96.46%。\n\n开展财政重点评价12个，评价结果为优的3个、良的6个，优良率75%。\n',
      ),
    ).toEqual([]);
  });

  test('a breakdown in brackets breaks down the figure before the bracket, and its parts are not the outer parts', () => {
    const md = (x: string) =>
      `经费预算1,642.30万元，其中因公出国（境）费12.00万元、公务用车购置及运行维护费1,187.60万元（其中购置费146.00万元、运行维护费${x}万元）、公务接待费442.70万元。\n`;
    expect(found(md('1,041.60'))).toEqual([]);
    expect(found(md('1,040.60'))).toEqual([['sum-mismatch', '1,187.60万元']]);
  });

  test('classes said to overlap only fit within the whole; a count listed with another is not the whole or the changed figure', () => {
    expect(
      found(
        '发现偏差项目97个。按偏差类型分，进度滞后的68个，目标偏离的45个，部分项目同时存在上述两类问题（共16个）。\n',
      ),
    ).toEqual([]);
    expect(
      found(
        '全年共对9项政策、43个项目开展事前绩效评估，较上年增加11个（2022年为41个）。按评估结论分，予以支持的29个，调整后予以支持的17个，不予支持的6个。\n',
      ),
    ).toEqual([]);
  });

  test('grades of projects are not under the count of the departments that graded them; bracketed earlier-year counts are no coverage', () => {
    expect(
      found(
        '61个部门对487个项目开展自评，实现自评全覆盖（2023年为61个部门中的54个）。自评结果为优的412个、良的63个、中的12个。\n',
      ),
    ).toEqual([]);
  });

  test('占…的 opening a clause is a share of the figure before it; 条 and 个 are not one counter', () => {
    expect(
      found(
        '全年共审核绩效指标29,580条，发现指标填报差错71条；退回修改项目绩效目标465个，占审核项目总数的14.15%。\n',
      ),
    ).toEqual([]);
    expect(found('抽查复核项目120个，发现自评结果明显偏高的19个，占抽查项目的15.38%。\n')).toEqual([
      ['rate-mismatch', '15.38%'],
    ]);
  });

  test('优良率 takes 优 and 良 together, never one grade; a run-in list inside a point does not advance the points', () => {
    expect(
      found('自评结果显示，优秀项目312个、良好项目71个、中等项目15个、差等项目3个，优良率95.51%。\n'),
    ).toEqual([]);
    expect(
      found(
        '一是目标化。\n\n二是标准化。问题主要集中在三个方面：一是脱节；二是重产出；三是保守。\n\n三是同步化。\n',
      ),
    ).toEqual([]);
    expect(found('各县（市）各县（市）同步建立机制。\n')).toEqual([
      ['duplicate-phrase', '各县（市）各县（市）'],
    ]);
  });
});

describe('one-sentence cases from the thirteenth and fourteenth blind tests', () => {
  const found = (md: string) => checkParagraphs('x.md', readMd(md)).findings.map((f) => [f.rule, f.stated]);

  test('a rate’s base is never an amount of what the rate measures (支出 for 执行率, 核定 for 审减率)', () => {
    expect(
      found(
        '全年部门预算支出182915.40万元。其中，项目支出全年支出70508.64万元，执行率95.77%；基本支出全年支出112406.76万元，执行率99.62%。\n',
      ),
    ).toEqual([]);
    expect(
      found(
        '评估9个新增项目，申报金额14386.00万元。经评估，核定金额12107.50万元，审减金额2278.50万元，审减率15.84%。\n',
      ),
    ).toEqual([]);
    expect(found('全县项目支出预算数15.80亿元，实际支出14.22亿元，预算执行率91.52%。\n')).toEqual([
      ['rate-mismatch', '91.52%'],
    ]);
  });

  test('averages of counts need not be whole; the ends of 由X调减为Y are no ratio; 约占 is rough', () => {
    expect(found('214个项目共设置绩效指标2486条，平均每个项目约11.6条。\n')).toEqual([]);
    expect(found('安排资金由860万元调减为540万元，调减比例37.21%。\n')).toEqual([]);
    expect(found('三项合计61.24亿元，约占省级项目绩效目标涉及资金的5.4%。\n')).toEqual([]);
    expect(
      found('112个部门全部编报整体绩效目标，编报项目绩效目标2,847个，项目绩效目标覆盖率100%。\n'),
    ).toEqual([]);
  });

  test('levels of government and bare rate words keep statements apart', () => {
    expect(found('县本级共编制项目绩效目标612个。\n\n12个乡镇编制项目绩效目标171个。\n')).toEqual([]);
    expect(found('自治区本级审减资金19.82亿元。\n\n各市、县（区）全年审减资金41.3亿元。\n')).toEqual([]);
    expect(
      found('直达资金已支出401.27亿元，支出进度91.86%。\n\n专项债券已支出396.75亿元，支出进度92.57%。\n'),
    ).toEqual([]);
  });

  test('a classification’s whole counts what its classes count, and last year’s figure is no part; a whole’s change is the whole’s', () => {
    expect(
      found('评价工作委托11家第三方机构实施。从评价结果看，“优”9个、“良”11个、“中”3个、“差”1个。\n'),
    ).toEqual([]);
    expect(
      found(
        '涉及资金26.73亿元，其中项目资金21.95亿元、部门整体支出4.78亿元，资金规模较上年增长16.8%（上年为22.54亿元）。\n',
      ),
    ).toEqual([['yoy-mismatch', '16.8%']]);
  });
});

test('fifteenth blind test: shares of one base are different quantities; a quoted target is no claim; a set listed with another in brackets', () => {
  const found = (md: string) => checkParagraphs('x.md', readMd(md)).findings.map((f) => [f.rule, f.stated]);
  expect(
    found(
      '政府性基金预算项目36个、资金113.11亿元，占项目支出的64.07%。\n\n选取6个重点项目开展部门评价，涉及资金123.86亿元，占项目支出的70.16%。\n',
    ),
  ).toEqual([]);
  expect(
    found(
      '方案确定的12项主要指标中已完成11项，完成率91.67%，尚未完成的“乡镇整体支出评价全覆盖”一项正在推进中。\n',
    ),
  ).toEqual([]);
  expect(
    found(
      '对19个项目（政策）和6个部门整体支出开展了财政重点评价。评价结果为优的5个、良的13个、中的6个、差的1个。\n',
    ),
  ).toEqual([]);
  expect(found('在预算编审环节同步同步审核绩效目标。\n')).toEqual([['duplicate-phrase', '同步同步']]);
});

test('a 全覆盖 whose one count is what was covered, against the one larger count of that named set elsewhere', () => {
  const found = (md: string) =>
    checkParagraphs('x.md', readMd(md)).findings.map((f) => [f.rule, f.stated ?? null]);
  const md = (n: string) =>
    `97个省直部门全部编报整体绩效目标。\n\n实现省直部门整体支出绩效监控全覆盖，共对${n}个省直部门的整体支出开展了监控。\n`;
  expect(found(md('93')).map(([r]) => r)).toEqual(['coverage-claim']);
  expect(found(md('97'))).toEqual([]);
  // A bare noun (项目) names many sets: left alone.
  expect(found('全年编报项目612个。\n\n实现项目监控全覆盖，共监控项目598个。\n')).toEqual([]);
});

test('sixteenth and seventeenth blind tests: what a bracket includes is no part; the body and its N units; a cut named after the review is no cut; programmes’ money', () => {
  const found = (md: string) =>
    checkParagraphs('x.md', readMd(md)).findings.map((f) => [f.rule, f.stated ?? null]);
  expect(
    found(
      '组织开展财政重点评价42个。按评价对象划分，政策和项目评价28个（含专项债券项目6个）、部门整体评价9个、市县财政运行评价5个。\n',
    ),
  ).toEqual([]);
  expect(found('委机关及所属22家单位全部编报部门整体绩效目标，23家预算单位实现全覆盖。\n')).toEqual([]);
  expect(found('老旧路灯节能改造项目申报资金3,860万元，经核减后建议安排2,920万元，审减率24.35%。\n')).toEqual(
    [],
  );
  expect(
    found('家庭医生签约服务：2024年安排资金3.63亿元。\n\n院前急救体系建设：2024年安排资金2,850万元。\n'),
  ).toEqual([]);
});
