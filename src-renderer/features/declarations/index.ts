export { DeclarationsPage } from './DeclarationsPage';
export { DeclarationDetailPage } from './DeclarationDetailPage';
export { LaneBadge } from './LaneBadge';
