import type { Relation } from '../check/types.js';
import type { Figure } from '../figures/figure.js';
import type { Path } from '../load/source.js';
import type { ValidationIssue } from '../schema/issues.js';
import type { ReportInput, SectionKey } from '../schema/report.js';

/** A figure of the report with its place in the data, how the report shows it, and its structure. */
export interface ModelFigure extends Figure {
  /** Registry key: "targets.amount", "targets.amount.专项转移支付项目". */
  key: string;
  path: Path;
  section: SectionKey;
  /** The figure as the report displays it (display unit and decimals applied). */
  shown: Figure;
  parts: ModelFigure[];
  complete: boolean;
  items?: string[];
  exhaustive: boolean;
  prior?: Figure;
  change?: Figure;
  changePercent?: Figure;
  claim?: string;
  internal: boolean;
}

export interface ReportModel {
  input: ReportInput;
  figures: Map<string, ModelFigure>;
  relations: Relation[];
  /** Problems found while building (unknown references, missing units): reported with schema errors. */
  issues: ValidationIssue[];
}
