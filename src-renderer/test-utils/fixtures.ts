import { PostsResponse, Session } from '@shared/api';
import { DecisionEntry } from '@shared/api/decision-history';
import { Declaration } from '@shared/domain';

type CachedPost = PostsResponse['posts'][number];

/** A valid Korean import declaration; tests override what they are about. Parsed, so brands hold. */
export function makeDeclaration(overrides: Record<string, unknown> = {}): Declaration {
  const id = typeof overrides.id === 'string' ? overrides.id : 'D-0001';
  return Declaration.parse({
    id,
    reference: `12345-25-${id.replace(/\D/g, '').padStart(6, '0')}M`,
    postId: 'KR-ICN',
    jurisdiction: 'kr',
    direction: 'import',
    typeCode: 'A',
    status: 'selected',
    lane: 'YELLOW',
    riskScore: 40,
    riskHits: [{ criterionCode: 'R-VAL-01', description: 'Undervaluation pattern', weight: 40 }],
    registeredAt: '2025-03-14T05:05:00Z',
    acceptanceDate: '2025-03-14',
    parties: [
      {
        role: 'importer',
        name: '한빛무역 주식회사',
        identifier: 'HANBIT1234567',
        address: '서울',
        country: 'KR',
      },
      {
        role: 'exporter',
        name: 'Saigon Foods JSC',
        identifier: 'VN0301234567',
        address: 'HCMC',
        country: 'VN',
      },
    ],
    transport: {
      mode: 'sea',
      meansName: 'HMM ALGECIRAS',
      meansId: '9863297',
      placeOfLoading: 'VNSGN',
      placeOfDischarge: 'KRPUS',
      transportDocument: 'HDMU1234567',
      containers: ['HDMU1234567'],
      arrivalDate: '2025-03-13',
    },
    valuation: {
      invoiceCurrency: 'USD',
      invoiceTotal: '12500.00',
      incoterm: 'CIF',
      incotermPlace: 'Busan',
      freight: null,
      insurance: null,
    },
    items: [
      {
        sequence: 1,
        hsCode: '0306171000',
        description: 'Frozen shrimp',
        originCountry: 'VN',
        preference: { agreement: 'FVN1', proofOfOrigin: 'C/O VK 2025-001' },
        quantity: '1000',
        quantityUnit: 'KGM',
        netMassKg: '1000',
        grossMassKg: '1100',
        packages: { count: 100, kindCode: 'CT' },
        price: '12500.00',
      },
    ],
    documents: [],
    version: 1,
    demo: true,
    ...overrides,
  });
}

export function makePost(overrides: Partial<Record<keyof CachedPost, unknown>> = {}): CachedPost {
  const [post] = PostsResponse.parse({
    posts: [
      {
        id: 'KR-ICN',
        officeCode: '040',
        name: 'Incheon Customs',
        nameLocal: '인천세관',
        jurisdiction: 'kr',
        currency: 'KRW',
        timezone: 'Asia/Seoul',
        demo: true,
        officers: [],
        ...overrides,
      },
    ],
  }).posts;
  if (!post) throw new Error('unreachable: one post was parsed');
  return post;
}

/** A session of an officer of KR-ICN (the post of makePost), as the server would answer it. */
export function makeSession(overrides: { accessToken?: string; refreshToken?: string } = {}): Session {
  return Session.parse({
    accessToken: 'access-token-0123456789',
    accessExpiresAt: '2026-01-05T10:00:00Z',
    refreshToken: 'refresh-token-0123456789',
    officer: {
      id: 'officer-kim',
      postId: 'KR-ICN',
      username: 'kim.officer',
      displayName: 'Kim Officer',
      role: 'officer',
      demo: true,
    },
    ...overrides,
  });
}

/**
 * A documentary check the centre applied to D-1 (version 2, 09:00 UTC): the invoice seen, the bill
 * of lading missing. Tests override the officer and what they are about.
 */
export function makeCheckEntry(overrides: Record<string, unknown> = {}): DecisionEntry {
  return DecisionEntry.parse({
    decisionId: '01900000-0000-7000-8000-000000000001',
    declarationId: 'D-1',
    kind: 'check-documents',
    officerId: 'park',
    reasonCode: null,
    note: '',
    recordedAt: '2026-12-03T09:00:00Z',
    declarationVersion: 2,
    outcome: 'APPLIED',
    official: null,
    documentChecks: [
      { code: 'N380', reference: 'INV-1', state: 'seen' },
      { code: 'N271', reference: 'BL-7', state: 'missing' },
    ],
    ...overrides,
  });
}
