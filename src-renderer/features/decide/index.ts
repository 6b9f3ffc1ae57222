export { DecidePanel } from './DecidePanel';
export { DecisionForm } from './DecisionForm';
export { DecisionDetailsText } from './DecisionDetailsText';
export { decisionErrorText } from './decision-error';
