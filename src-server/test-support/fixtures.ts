import { Declaration } from '@shared/domain/declaration';
import { Officer, Post } from '@shared/domain/post';
import type { SeedData } from '@shared/domain/seed';

// Small, valid domain objects built from the shared schemas, independent of the seed generator.

export function makePost(id: string): Post {
  return Post.parse({
    id,
    officeCode: `${id.slice(0, 3)}01`,
    name: `Test post ${id}`,
    nameLocal: `시험 세관 ${id}`,
    jurisdiction: 'kr',
    currency: 'KRW',
    timezone: 'Asia/Seoul',
    demo: true,
  });
}

export function makeOfficer(postId: string, username: string): Officer {
  return Officer.parse({
    id: `OFF-${postId}-${username}`,
    postId,
    username,
    displayName: `Officer ${username}`,
    role: 'officer',
    demo: true,
  });
}

/** The raw (unparsed) shape, so tests can also build invalid declarations from it. */
export function declarationInput(postId: string, n: number): Record<string, unknown> {
  const id = `${postId}-D${String(n).padStart(6, '0')}`;
  return {
    id,
    reference: `REF-${id}`,
    postId,
    jurisdiction: 'kr',
    direction: 'import',
    typeCode: 'A',
    status: 'selected',
    lane: (['GREEN', 'YELLOW', 'RED', 'BLUE'] as const)[n % 4],
    riskScore: n % 101,
    riskHits: [{ criterionCode: 'C01', description: 'New importer', weight: 30 }],
    registeredAt: '2025-03-01T09:00:00+09:00',
    acceptanceDate: '2025-03-01',
    parties: [
      {
        role: 'importer',
        name: 'Hanbit Trading',
        identifier: 'HANBIT1234567',
        address: 'Busan',
        country: 'KR',
      },
    ],
    transport: {
      mode: 'sea',
      meansName: 'HMM ALGECIRAS',
      meansId: '9863297',
      placeOfLoading: 'VNHPH',
      placeOfDischarge: 'KRPUS',
      transportDocument: `BL${n}`,
      containers: ['HDMU1234567'],
      arrivalDate: '2025-02-28',
    },
    valuation: {
      invoiceCurrency: 'USD',
      invoiceTotal: '12500.00',
      incoterm: 'FOB',
      incotermPlace: 'Haiphong',
      freight: '800.00',
      insurance: null,
    },
    items: [
      {
        sequence: 1,
        hsCode: '6109100000',
        description: 'T-shirts, cotton, knitted',
        originCountry: 'VN',
        preference: { agreement: 'FVN1', proofOfOrigin: 'CO-123' },
        quantity: '5000',
        quantityUnit: 'NAR',
        netMassKg: '1000.5',
        grossMassKg: '1100',
        packages: { count: 100, kindCode: 'CT' },
        price: '12500.00',
      },
    ],
    documents: [{ code: 'N935', reference: 'INV-1', description: 'Commercial invoice' }],
    version: 1,
    demo: true,
  };
}

export function makeDeclaration(postId: string, n: number): Declaration {
  return Declaration.parse(declarationInput(postId, n));
}

export function makeDeclarations(postId: string, count: number, from = 1): Declaration[] {
  return Array.from({ length: count }, (_, i) => makeDeclaration(postId, from + i));
}

/** One post with one officer and `count` declarations. */
export function makeSeed(postId: string, count: number): SeedData & { declarations: Declaration[] } {
  return {
    posts: [makePost(postId)],
    officers: [makeOfficer(postId, `${postId.toLowerCase()}.kim`)],
    declarations: makeDeclarations(postId, count),
  };
}
