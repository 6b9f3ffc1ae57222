export { AssessAndDecide } from './AssessAndDecide';
export { warmAssessmentWorker } from './assessor';
