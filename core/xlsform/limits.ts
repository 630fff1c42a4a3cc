/**
 * Bounds on what `readXlsForm` accepts. A real questionnaire is a few hundred rows and a few dozen
 * kilobytes: these leave ample room while capping the memory and time an upload can cost the server.
 */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
export const MAX_UNCOMPRESSED_BYTES = 50 * 1024 * 1024;
/** Zip bombs reach ratios near 1,000; spreadsheet XML rarely exceeds 50. Small parts may exceed it harmlessly. */
export const MAX_COMPRESSION_RATIO = 200;
export const RATIO_CHECKED_ABOVE_BYTES = 1024 * 1024;
/** An .xlsx holds a dozen parts; thousands only serve to make the parser work. */
export const MAX_ZIP_ENTRIES = 1_000;
export const MAX_SHEET_ROWS = 5_000;
export const MAX_SHEET_COLUMNS = 100;
/**
 * What exceljs may parse of a sheet before the content is measured: formatted but empty rows and cells
 * (Excel writes them for styled ranges) count here, not against the limits above.
 */
export const MAX_PARSED_ROWS = 10 * MAX_SHEET_ROWS;
export const MAX_PARSED_CELLS = 10 * MAX_SHEET_COLUMNS;
