export {
  mapSubmissionExport,
  type MappedTable,
  type SubmissionProblem,
  type SubmissionQuestion,
  type SubmissionTable,
} from './map-export.ts';
