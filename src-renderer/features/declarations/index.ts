export { DeclarationsPage } from './DeclarationsPage';
export { DeclarationDetailPage } from './DeclarationDetailPage';
export { DecisionHistory } from './DecisionHistory';
export { LaneBadge } from './LaneBadge';
