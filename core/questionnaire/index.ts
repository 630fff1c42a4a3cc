export { answerSchema, TEXT_MAX_LENGTH } from './answer-schemas.ts';
export {
  choiceChanges,
  propertyChanges,
  type ChoiceChange,
  type ChoiceWording,
  type PropertyChange,
} from './change-details.ts';
export { checkVersion } from './check-version.ts';
export { MAX_CODE_LENGTH, RESERVED_CODES } from './codes.ts';
export { dependencyGraph, evaluationOrder, findCycles, type DependencyGraph } from './dependency-graph.ts';
export { diffVersions, type ComparedProperty, type QuestionChange, type VersionDiff } from './diff-versions.ts';
export {
  computeCalculations,
  evaluateForm,
  relevantQuestions,
  type CalculatedValue,
  type FormState,
} from './form-state.ts';
export {
  impactedIndicators,
  type ImpactedIndicator,
  type ImpactedQuestion,
  type IndicatorDefinition,
  type QuestionChangeKind,
} from './impacted-indicators.ts';
export type { LocalizedMessage } from './answer-messages.ts';
export type { ProblemField, ProblemRule, VersionProblem } from './problem.ts';
export { isQuestionType, isSelect, isSelectType, takesAnswer, typeTakesAnswer } from './question-types.ts';
export { misplacedSection, sectionsOfVersion, type OwnedSection } from './section-owner.ts';
export {
  QUESTION_TYPES,
  type Answers,
  type AnswerValue,
  type Choice,
  type EvaluationOptions,
  type Question,
  type QuestionnaireVersion,
  type QuestionType,
  type Section,
  type XlsFormExtras,
} from './types.ts';
export {
  validateAnswers,
  type AnswerError,
  type AnswerRule,
  type ValidationMode,
  type ValidationOptions,
  type ValidationResult,
} from './validate-answers.ts';
