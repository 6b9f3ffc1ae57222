export { DecidePanel } from './DecidePanel';
export { DecisionForm } from './DecisionForm';
export { decisionErrorText } from './decision-error';
