export {
  DEFAULT_STRING_LENGTH,
  fieldValueProblem,
  filterOperandProblem,
  INTEGER_MAX,
  INTEGER_MIN,
  TEXT_MAX_LENGTH,
  type FieldSpec,
  type ValueProblem,
} from './field-value.ts';
