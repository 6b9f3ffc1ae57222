export { assessDeclaration, tariffIndexFor } from './assess';
export { quantitiesOf } from './quantities';
export { selectKoreanDuty } from './precedence-kr';
export { selectUkDuty } from './precedence-uk';
export type { DutySelection, EvaluatedMeasure, ItemSituation } from './measures';
export { supplementaryUnitOf } from './supplementary-unit';
