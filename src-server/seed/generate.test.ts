import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Declaration } from '@shared/domain';
import { Post, Officer } from '@shared/domain';
import { generateDemoData } from './generate';
import { loadReferenceData } from './reference';

const dataDir = fileURLToPath(new URL('../../assets/data', import.meta.url));

function firstDeclarations(seed: number, count: number): Declaration[] {
  return [...generateDemoData({ seed, count }).declarations];
}

describe('generateDemoData', () => {
  it('gives identical output for the same seed and count', () => {
    expect(JSON.stringify(firstDeclarations(5, 300))).toBe(JSON.stringify(firstDeclarations(5, 300)));
  });

  it('gives different output for another seed', () => {
    expect(JSON.stringify(firstDeclarations(5, 20))).not.toBe(JSON.stringify(firstDeclarations(6, 20)));
  });

  it('makes a smaller count a prefix of a larger one', () => {
    expect(firstDeclarations(9, 500).slice(0, 120)).toEqual(firstDeclarations(9, 120));
  });

  it('labels demo posts and officers: two Korean posts and Dover, three roles each', () => {
    const { posts, officers } = generateDemoData({ seed: 1, count: 0 });
    expect(
      posts.map((post) => [post.id, post.officeCode, post.jurisdiction, post.currency, post.timezone]),
    ).toEqual([
      ['KR-BUSAN', '030', 'kr', 'KRW', 'Asia/Seoul'],
      ['KR-ICN', '040', 'kr', 'KRW', 'Asia/Seoul'],
      ['GB-DOVER', 'GBDOV', 'uk', 'GBP', 'Europe/London'],
    ]);
    for (const post of posts) expect(Post.parse(post).demo).toBe(true);
    for (const officer of officers) expect(Officer.parse(officer).demo).toBe(true);
    for (const post of posts) {
      expect(
        officers
          .filter((o) => o.postId === post.id)
          .map((o) => o.role)
          .sort(),
      ).toEqual(['inspector', 'officer', 'supervisor']);
    }
    expect(new Set(officers.map((o) => o.username)).size).toBe(officers.length);
  });

  it('produces declarations that all parse with the shared schema', () => {
    for (const declaration of generateDemoData({ seed: 2, count: 3000 }).declarations) {
      const parsed = Declaration.safeParse(declaration);
      expect(parsed.success ? 'ok' : `${declaration.id}: ${parsed.error.message}`).toBe('ok');
    }
  });

  it('streams: a million declarations yield the first one at once', () => {
    const iterator = generateDemoData({ seed: 3, count: 1_000_000 }).declarations[Symbol.iterator]();
    const first = iterator.next();
    expect(first.done).toBe(false);
    // Lazy: asking for the first of a million allocates one, not a million (no timing here; the
    // heap bound below is what would catch an eager generator).
    const heapBefore = process.memoryUsage().heapUsed;
    for (let i = 0; i < 5000; i++) iterator.next();
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(200 * 1024 * 1024);
  });

  it('rejects a negative count and a fractional seed', () => {
    expect(() => generateDemoData({ seed: 1.5, count: 1 })).toThrow(/seed/);
    expect(() => generateDemoData({ seed: 1, count: -1 })).toThrow(/count/);
  });
});

describe('distribution of 5,000 declarations', () => {
  const declarations = firstDeclarations(1, 5000);
  const reference = loadReferenceData(dataDir);
  const items = declarations.flatMap((d) => d.items.map((item) => ({ d, item })));
  const share = (predicate: (d: Declaration) => boolean): number =>
    declarations.filter(predicate).length / declarations.length;

  it('has every lane in a plausible mix, with consistent statuses and scores', () => {
    expect(share((d) => d.lane === 'GREEN')).toBeGreaterThan(0.5);
    expect(share((d) => d.lane === 'YELLOW')).toBeGreaterThan(0.15);
    expect(share((d) => d.lane === 'RED')).toBeGreaterThan(0.08);
    expect(share((d) => d.lane === 'BLUE')).toBeGreaterThan(0.05);
    for (const d of declarations) {
      if (d.lane === null) expect(d.status).toBe('registered');
      if (d.lane === 'GREEN') expect(d.riskHits).toEqual([]);
      if (d.lane === 'RED') {
        expect(d.riskHits.length).toBeGreaterThanOrEqual(2);
        expect(d.riskScore).toBeGreaterThanOrEqual(60);
      }
      if (d.status === 'examined') expect(d.lane).toBe('RED');
    }
  });

  it('sends most declarations to the Korean posts', () => {
    expect(share((d) => d.jurisdiction === 'kr')).toBeGreaterThan(0.7);
    expect(share((d) => d.postId === 'KR-BUSAN')).toBeGreaterThan(0.4);
    expect(share((d) => d.postId === 'GB-DOVER')).toBeGreaterThan(0.2);
  });

  it('uses only 10-digit HSK lines for Korea and declarable UKGT lines for the UK', () => {
    const ukCodes = new Set(reference.ukLines.map((line) => line.code));
    for (const { d, item } of items) {
      if (d.jurisdiction === 'kr') expect(reference.krLines.has(item.hsCode), item.hsCode).toBe(true);
      else expect(ukCodes.has(item.hsCode), item.hsCode).toBe(true);
    }
  });

  it('imports Vietnamese fish, fruit and honey under the VKFTA, on lines still in the HSK', () => {
    const vkfta = items.filter(({ item }) => item.preference?.agreement === 'FVN1');
    expect(vkfta.length).toBeGreaterThan(500);
    for (const { item } of vkfta) {
      expect(item.originCountry).toBe('VN');
      expect(reference.vkftaCodes.has(item.hsCode), item.hsCode).toBe(true);
      expect(item.hsCode).toMatch(/^(03|08|0409|1604|1605)/);
    }
    for (const prefix of ['03', '08', '0409']) {
      expect(
        vkfta.some(({ item }) => item.hsCode.startsWith(prefix)),
        prefix,
      ).toBe(true);
    }
    const withCertificate = declarations.filter((d) =>
      d.items.some((item) => item.preference?.agreement === 'FVN1'),
    );
    for (const d of withCertificate) expect(d.documents.some((doc) => doc.code === '861')).toBe(true);
  });

  it('includes P3 quota goods valid on the acceptance date', () => {
    const quota = declarations.filter((d) => d.riskHits.some((hit) => hit.criterionCode === 'QUOTA'));
    expect(quota.length).toBeGreaterThan(0);
    for (const d of quota) {
      for (const item of d.items) {
        const inForce = reference.quotaLines.some(
          (q) => q.code === item.hsCode && q.validFrom <= d.acceptanceDate && d.acceptanceDate <= q.validTo,
        );
        expect(inForce, `${d.id} ${item.hsCode}`).toBe(true);
      }
    }
  });

  it('dates both jurisdictions in the latest month the HMRC rates cover, which the demo won rates derive from', () => {
    const month = [...reference.hmrcCurrenciesByMonth.keys()].sort().at(-1);
    for (const d of declarations) {
      expect(d.acceptanceDate.slice(0, 7), `${d.id} ${d.acceptanceDate}`).toBe(month);
      const currencies = reference.hmrcCurrenciesByMonth.get(d.acceptanceDate.slice(0, 7));
      const currency = d.valuation.invoiceCurrency;
      expect(
        currency === 'GBP' || currencies?.has(currency) === true,
        `${d.acceptanceDate} ${currency}`,
      ).toBe(true);
    }
  });

  it('declares freight and insurance exactly where the incoterm leaves them out of the price', () => {
    for (const d of declarations) {
      const { incoterm, freight, insurance } = d.valuation;
      expect(freight !== null, `${d.id} ${incoterm}`).toBe(['EXW', 'FCA', 'FAS', 'FOB'].includes(incoterm));
      expect(insurance !== null, `${d.id} ${incoterm}`).toBe(
        ['EXW', 'FCA', 'FAS', 'FOB', 'CFR', 'CPT'].includes(incoterm),
      );
    }
  });

  it('totals the invoice from the item prices, in 2-decimal strings', () => {
    for (const d of declarations.slice(0, 500)) {
      const cents = d.items.reduce((sum, item) => sum + BigInt(item.price.replace('.', '')), 0n);
      expect(d.valuation.invoiceTotal.replace('.', '')).toBe(String(cents).padStart(3, '0'));
      for (const item of d.items) expect(item.price).toMatch(/^\d+\.\d{2}$/);
    }
  });

  it('never repeats a declaration id or reference', () => {
    expect(new Set(declarations.map((d) => d.id)).size).toBe(declarations.length);
    expect(new Set(declarations.map((d) => d.reference)).size).toBe(declarations.length);
  });
});
