import type { Officer, Post } from '@shared/domain';
import { CurrencyCode, OfficerId, PostId } from '@shared/domain';

// Real offices (KCS office codes 030 and 040; Dover's UN/LOCODE) staffed by invented officers.

export const POST_IDS = {
  busan: PostId.parse('KR-BUSAN'),
  incheon: PostId.parse('KR-ICN'),
  dover: PostId.parse('GB-DOVER'),
} as const;

export const DEMO_POSTS: readonly Post[] = [
  {
    id: POST_IDS.busan,
    officeCode: '030',
    name: 'Busan Main Customs',
    nameLocal: '부산본부세관',
    jurisdiction: 'kr',
    currency: CurrencyCode.parse('KRW'),
    timezone: 'Asia/Seoul',
    demo: true,
  },
  {
    id: POST_IDS.incheon,
    officeCode: '040',
    name: 'Incheon Airport Customs',
    nameLocal: '인천공항세관',
    jurisdiction: 'kr',
    currency: CurrencyCode.parse('KRW'),
    timezone: 'Asia/Seoul',
    demo: true,
  },
  {
    id: POST_IDS.dover,
    officeCode: 'GBDOV',
    name: 'Dover',
    nameLocal: 'Dover (Port of Dover, RoRo)',
    jurisdiction: 'uk',
    currency: CurrencyCode.parse('GBP'),
    timezone: 'Europe/London',
    demo: true,
  },
];

type Staff = readonly [username: string, displayName: string, role: Officer['role']];

const STAFF: ReadonlyArray<readonly [Post['id'], readonly Staff[]]> = [
  [
    POST_IDS.busan,
    [
      ['kim.officer', '김민준', 'officer'],
      ['lee.inspector', '이서연', 'inspector'],
      ['park.supervisor', '박지훈', 'supervisor'],
    ],
  ],
  [
    POST_IDS.incheon,
    [
      ['choi.officer', '최유진', 'officer'],
      ['jung.inspector', '정하늘', 'inspector'],
      ['kang.supervisor', '강도윤', 'supervisor'],
    ],
  ],
  [
    POST_IDS.dover,
    [
      ['clarke.officer', 'Amelia Clarke', 'officer'],
      ['brennan.inspector', 'Tom Brennan', 'inspector'],
      ['nair.supervisor', 'Priya Nair', 'supervisor'],
    ],
  ],
];

export const DEMO_OFFICERS: readonly Officer[] = STAFF.flatMap(([postId, staff]) =>
  staff.map(([username, displayName, role]) => ({
    id: OfficerId.parse(`${postId}-${role}`.toLowerCase()),
    postId,
    username,
    displayName,
    role,
    demo: true,
  })),
);
