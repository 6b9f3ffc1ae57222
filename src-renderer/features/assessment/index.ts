export { AssessAndDecide } from './AssessAndDecide';
export {
  AssessmentContext,
  createWorkerAssessor,
  warmAssessmentWorker,
  type Assessor,
  type AssessmentServices,
} from './assessor';
export { createAssessmentCore, type AssessOutcome, type AssessRequest } from './assess-core';
