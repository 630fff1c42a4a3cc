export type ProblemField =
  | 'code'
  | 'type'
  | 'label'
  | 'section'
  | 'required'
  | 'choices'
  | 'relevant'
  | 'constraint'
  | 'calculation'
  | 'repeat'
  | 'repeat_count';

export type ProblemRule =
  | 'no_questions'
  | 'duplicate_section'
  | 'code_format'
  | 'code_too_long'
  | 'code_reserved'
  | 'duplicate_code'
  | 'unknown_type'
  | 'missing_label'
  | 'unknown_section'
  | 'missing_choices'
  | 'duplicate_choice'
  | 'choice_value_format'
  | 'missing_choice_label'
  | 'expression_syntax'
  | 'unknown_reference'
  | 'current_outside_constraint'
  | 'self_relevance'
  | 'cycle'
  | 'missing_calculation'
  | 'field_not_allowed'
  | 'required_not_allowed'
  | 'repeat_structure';

/** Something that blocks publishing a version, said in French for the coordinator. */
export interface VersionProblem {
  readonly rule: ProblemRule;
  /** Code of the question at fault, absent for a problem of the whole version. */
  readonly question?: string;
  readonly field?: ProblemField;
  readonly message: string;
  /** 0-based offset in the expression field, for expression problems. */
  readonly position?: number;
  readonly length?: number;
  /** The closed dependency path, for a cycle: `['A', 'B', 'A']`. */
  readonly cycle?: readonly string[];
}

export function questionPrefix(code: string): string {
  return `Question « ${code} »`;
}
