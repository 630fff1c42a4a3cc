/**
 * Something wrong in the uploaded workbook, located the way the coordinator sees it in the spreadsheet:
 * the sheet's name, the 1-based row number and the column's header as written. A problem about the whole
 * file has `sheet: ''`, `row: 0`, `column: ''`; one about a whole sheet has `row: 0` and `column: ''`.
 * Messages are in French, like those of `checkVersion`.
 */
export interface XlsFormProblem {
  readonly sheet: string;
  readonly row: number;
  readonly column: string;
  readonly message: string;
}

/** Something accepted with a change (a column kept but not applied, a default taken): said in French and Arabic. */
export interface XlsFormWarning extends XlsFormProblem {
  readonly message_ar: string;
}

export function fileProblem(message: string): XlsFormProblem {
  return { sheet: '', row: 0, column: '', message };
}

/** Problems in the order a coordinator reads them: sheet by sheet, row by row; identical ones once. */
export function sortProblems<P extends XlsFormProblem>(problems: readonly P[], sheetOrder: readonly string[]): P[] {
  const seen = new Set<string>();
  const unique = problems.filter((problem) => {
    const key = JSON.stringify([problem.sheet, problem.row, problem.column, problem.message]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const rank = (sheet: string): number => {
    const index = sheetOrder.indexOf(sheet);
    return index === -1 ? sheetOrder.length : index;
  };
  return unique
    .map((problem, index) => ({ problem, index }))
    .sort((a, b) => rank(a.problem.sheet) - rank(b.problem.sheet) || a.problem.row - b.problem.row || a.index - b.index)
    .map(({ problem }) => problem);
}
