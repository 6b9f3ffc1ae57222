export { AssessAndDecide } from './AssessAndDecide';
export { AssessmentContext, createWorkerAssessor, type Assessor, type AssessmentServices } from './assessor';
export { createAssessmentCore, type AssessOutcome, type AssessRequest } from './assess-core';
