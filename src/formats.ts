/** The files jixiao reads, by extension: structured data, and hand-written drafts. */
export const DATA_EXTENSIONS: readonly string[] = ['.yaml', '.yml', '.json'];
export const DRAFT_EXTENSIONS: readonly string[] = ['.md', '.markdown', '.txt', '.docx'];
