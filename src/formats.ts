/** The files jixiao reads, by extension: structured data, and hand-written drafts. */
export const DATA_EXTENSIONS: readonly string[] = ['.yaml', '.yml', '.json', '.xlsx'];
/** Spreadsheets jixiao cannot read, with the advice to save them as .xlsx. */
export const OLD_SPREADSHEETS: readonly string[] = ['.xls', '.et', '.ods', '.csv', '.xlsm', '.xlsb'];
export const DRAFT_EXTENSIONS: readonly string[] = ['.md', '.markdown', '.txt', '.docx'];
