import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { importCdsDeclaration } from '../../shared/declarations';

const SAMPLES = new URL('../../assets/data/declarations/uk-cds/', import.meta.url);

type IndexRow = Record<
  | 'scenario'
  | 'item'
  | 'declaration_type'
  | 'commodity_code'
  | 'description'
  | 'origin'
  | 'preference_code'
  | 'procedure'
  | 'declared_tax_types'
  | 'item_price'
  | 'invoice_total'
  | 'incoterm'
  | 'valuation_method'
  | 'valuation_adjustments'
  | 'gross_kg'
  | 'net_kg'
  | 'tariff_quantity'
  | 'export_country',
  string
>;

const rows: IndexRow[] = parse(readFileSync(new URL('INDEX.csv', SAMPLES), 'utf8'), { columns: true });
const scenarios = [...new Set(rows.map((row) => row.scenario))];

/** TT_IM116a declares its export country (DE 5/14) on the item only; INDEX.csv reads the header. */
const ITEM_LEVEL_EXPORT_COUNTRY: Record<string, string> = { TT_IM116a: 'US' };

function load(scenario: string) {
  const xml = readFileSync(new URL(`${scenario}/declaration.xml`, SAMPLES), 'utf8');
  // Seven samples carry no AcceptanceDateTime; the caller supplies the date.
  const result = importCdsDeclaration(xml, { acceptanceDate: '2024-01-15' });
  if (!result.ok) throw new Error(`${scenario}: ${result.error.message}`);
  return result.value;
}

describe('the ten HMRC CDS samples', () => {
  it('are all listed in INDEX.csv', () => expect(scenarios).toHaveLength(10));

  it.each(scenarios)('%s imports with the item values INDEX.csv lists', (scenario) => {
    const declaration = load(scenario);
    const expected = rows.filter((row) => row.scenario === scenario);
    expect(declaration.items).toHaveLength(expected.length);
    for (const row of expected) {
      const item = declaration.items.find((candidate) => candidate.sequence === Number(row.item));
      if (item === undefined) throw new Error(`${scenario} item ${row.item} missing`);
      const adjustments = [...(declaration.valuation.adjustments ?? []), ...(item.adjustments ?? [])];
      expect({
        type: declaration.typeCode,
        code: item.hsCode,
        description: item.description.startsWith(row.description),
        origin: row.origin.split(' ').some((origin) => origin.startsWith(`${item.originCountry}(`)),
        regime: item.dutyRegimeCode,
        procedure: item.procedureCode,
        taxes: item.declaredTaxes?.map((tax) => tax.code).join(' '),
        price: `${item.price} ${declaration.valuation.invoiceCurrency}`,
        invoiceTotal:
          row.invoice_total === '' ? row.invoice_total : `${declaration.valuation.invoiceTotal} GBP`,
        incoterm: `${declaration.valuation.incoterm} ${declaration.valuation.incotermPlace}`,
        method: item.valuationMethod,
        adjustments: adjustments.map((a) => `${a.code}:${a.amount} ${a.currency}`).join(' '),
        gross: item.grossMassKg,
        net: item.netMassKg,
        tariffQuantity: item.supplementaryQuantities?.[0]?.quantity ?? '',
        exportCountry: declaration.exportCountry ?? '',
      }).toEqual({
        type: row.declaration_type,
        code: row.commodity_code,
        description: true,
        origin: true,
        regime: row.preference_code,
        procedure: row.procedure.replace('/', ''),
        taxes: row.declared_tax_types.trim(),
        price: row.item_price,
        invoiceTotal: row.invoice_total,
        incoterm: row.incoterm,
        method: row.valuation_method,
        adjustments: row.valuation_adjustments,
        gross: row.gross_kg,
        net: row.net_kg,
        tariffQuantity: row.tariff_quantity,
        exportCountry: row.export_country || (ITEM_LEVEL_EXPORT_COUNTRY[scenario] ?? ''),
      });
    }
  });

  it('TT_IM031a takes its acceptance date and alcoholic strength from the XML', () => {
    const declaration = load('TT_IM031a');
    expect([declaration.acceptanceDate, declaration.items[0]?.alcoholStrengthPercent]).toEqual([
      '2023-08-21',
      '16',
    ]);
  });

  it('TT_IM004a classifies header AK as an addition and item BC as a deduction (DE 4/9 code list)', () => {
    const declaration = load('TT_IM004a');
    expect([
      declaration.valuation.adjustments?.[0]?.kind,
      declaration.items[0]?.adjustments?.[0]?.kind,
    ]).toEqual(['addition', 'deduction']);
  });

  it('TT_IM004a claims preference 320 on the preferential origin with quota 091525', () => {
    const item = load('TT_IM004a').items[0];
    expect([item?.preference, item?.originCountry, item?.quotaOrderNumber]).toEqual([
      { agreement: '320', proofOfOrigin: null },
      'ME',
      '091525',
    ]);
  });
});
