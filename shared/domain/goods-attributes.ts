import { z } from 'zod';

/**
 * Liquor categories of the Korean Liquor Tax Act (주세법 art. 5 and its annex): the liquor tax and
 * the education tax on it depend on the category, not on the HS heading alone (a 2208 line may be
 * soju, whisky or a liqueur). Korean names are in the renderer's translations.
 */
export const LiquorCategory = z.enum([
  'spirit-alcohol', // 주정
  'takju', // 탁주
  'yakju', // 약주
  'cheongju', // 청주
  'beer', // 맥주
  'fruit-wine', // 과실주
  'soju', // 소주 (diluted and distilled)
  'whisky', // 위스키
  'brandy', // 브랜디
  'general-distilled', // 일반증류주
  'liqueur', // 리큐르
  'other-liquor', // 기타주류
]);
export type LiquorCategory = z.infer<typeof LiquorCategory>;
