import { describe, expect, it } from 'vitest';
import { importCdsDeclaration } from './import';

const NS = 'urn:wco:datamodel:WCO:DEC-DMS:2';

/** A minimal valid H1 declaration; `item` and `header` replace parts for each hostile case. */
function declaration(parts: { item?: string; header?: string; items?: string } = {}): string {
  const item =
    parts.item ??
    `<SequenceNumeric>1</SequenceNumeric>
     <Commodity>
       <Description>Shavers</Description>
       <Classification><ID>85101000</ID><IdentificationTypeCode>TSP</IdentificationTypeCode></Classification>
       <Classification><ID>00</ID><IdentificationTypeCode>TRC</IdentificationTypeCode></Classification>
       <DutyTaxFee><DutyRegimeCode>100</DutyRegimeCode><TypeCode>A00</TypeCode></DutyTaxFee>
       <GoodsMeasure><GrossMassMeasure>15</GrossMassMeasure><NetNetWeightMeasure>10</NetNetWeightMeasure></GoodsMeasure>
       <InvoiceLine><ItemChargeAmount currencyID="GBP">100</ItemChargeAmount></InvoiceLine>
     </Commodity>
     <Origin><CountryCode>US</CountryCode><TypeCode>1</TypeCode></Origin>
     <Packaging><QuantityQuantity>1</QuantityQuantity><TypeCode>BX</TypeCode></Packaging>`;
  return `<?xml version="1.0"?>
<Declaration xmlns="${NS}">
  <FunctionalReferenceID>LRN1</FunctionalReferenceID>
  ${parts.header ?? '<TypeCode>IMA</TypeCode><IssueDateTime><DateTimeString formatCode="102">20240115</DateTimeString></IssueDateTime>'}
  <BorderTransportMeans><ModeCode>1</ModeCode></BorderTransportMeans>
  <Declarant><ID>GB553202734852</ID></Declarant>
  <GoodsShipment>
    ${parts.items ?? `<GovernmentAgencyGoodsItem>${item}</GovernmentAgencyGoodsItem>`}
    <TradeTerms><ConditionCode>CIF</ConditionCode><LocationID>GBWLA</LocationID></TradeTerms>
  </GoodsShipment>
</Declaration>`;
}

const errorOf = (xml: string, options = {}) => {
  const result = importCdsDeclaration(xml, options);
  if (result.ok) throw new Error('expected the import to fail');
  return result.error;
};

describe('importCdsDeclaration', () => {
  it('imports a minimal bare Declaration and takes the date from IssueDateTime', () => {
    const result = importCdsDeclaration(declaration());
    expect(result.ok && { date: result.value.acceptanceDate, code: result.value.items[0]?.hsCode }).toEqual({
      date: '2024-01-15',
      code: '8510100000',
    });
  });

  it('refuses a DOCTYPE with entity declarations (billion laughs) before parsing', () => {
    const laughs = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]><Declaration xmlns="${NS}">&lol2;</Declaration>`;
    expect(errorOf(laughs)).toMatchObject({ code: 'XML_DTD_REFUSED', where: 'line 1' });
  });

  it('refuses an external entity', () => {
    const xxe = `<?xml version="1.0"?>\n<!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]><Declaration xmlns="${NS}">&x;</Declaration>`;
    expect(errorOf(xxe).code).toBe('XML_DTD_REFUSED');
  });

  it('refuses a file larger than maxBytes', () => {
    expect(errorOf(declaration(), { maxBytes: 100 })).toMatchObject({ code: 'XML_TOO_LARGE' });
  });

  it('refuses nesting deeper than the limit and names the element', () => {
    const deep = `<Declaration xmlns="${NS}">${'<Deep>'.repeat(40)}${'</Deep>'.repeat(40)}</Declaration>`;
    const error = errorOf(deep);
    expect(error).toEqual({
      code: 'XML_TOO_DEEP',
      message: 'Element "Deep" is nested 33 levels deep; the limit is 32.',
      where: 'line 1',
    });
  });

  it('refuses malformed XML with its line', () => {
    const error = errorOf(`<Declaration xmlns="${NS}">\n<TypeCode>IMA</TypeCod>\n</Declaration>`);
    expect(error.code).toBe('XML_MALFORMED');
    expect(error.where).toMatch(/^line 2/);
  });

  it('refuses the wrong root and says what it found', () => {
    const error = errorOf('<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"/>');
    expect(error.code).toBe('CDS_WRONG_ROOT');
    expect(error.message).toContain(
      '"Invoice" in namespace "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"',
    );
  });

  it('refuses a Declaration in another namespace', () => {
    expect(errorOf('<Declaration xmlns="urn:example:other"/>').code).toBe('CDS_WRONG_ROOT');
  });

  it('names a missing commodity code with the item number', () => {
    const item =
      declaration().split('<GovernmentAgencyGoodsItem>')[1]?.split('</GovernmentAgencyGoodsItem>')[0] ?? '';
    const second = item
      .replace('<SequenceNumeric>1</SequenceNumeric>', '<SequenceNumeric>2</SequenceNumeric>')
      .replace(
        /<Classification><ID>85101000<\/ID><IdentificationTypeCode>TSP<\/IdentificationTypeCode><\/Classification>/,
        '',
      );
    const xml = declaration({
      items: `<GovernmentAgencyGoodsItem>${item}</GovernmentAgencyGoodsItem><GovernmentAgencyGoodsItem>${second}</GovernmentAgencyGoodsItem>`,
    });
    expect(errorOf(xml)).toMatchObject({
      code: 'CDS_MISSING_ELEMENT',
      message: 'GovernmentAgencyGoodsItem 2: Commodity/Classification[TSP]/ID is missing',
    });
  });

  it('names a non-numeric amount', () => {
    const xml = declaration().replace('currencyID="GBP">100<', 'currencyID="GBP">1,000.50<');
    expect(errorOf(xml)).toMatchObject({
      code: 'CDS_INVALID_VALUE',
      where: 'GovernmentAgencyGoodsItem 1: Commodity/InvoiceLine/ItemChargeAmount',
    });
  });

  it('refuses items priced in different currencies', () => {
    const item =
      declaration().split('<GovernmentAgencyGoodsItem>')[1]?.split('</GovernmentAgencyGoodsItem>')[0] ?? '';
    const second = item.replace('<SequenceNumeric>1<', '<SequenceNumeric>2<').replace('"GBP"', '"EUR"');
    const xml = declaration({
      items: `<GovernmentAgencyGoodsItem>${item}</GovernmentAgencyGoodsItem><GovernmentAgencyGoodsItem>${second}</GovernmentAgencyGoodsItem>`,
    });
    const error = errorOf(xml);
    expect(error.code).toBe('CDS_MIXED_CURRENCIES');
    expect(error.message).toContain('item 1 GBP, item 2 EUR');
  });

  it('refuses an unknown DE 4/9 code', () => {
    const xml = declaration().replace(
      '<GovernmentAgencyGoodsItem>',
      '<CustomsValuation><ChargeDeduction><ChargesTypeCode>ZX</ChargesTypeCode><OtherChargeDeductionAmount currencyID="GBP">5</OtherChargeDeductionAmount></ChargeDeduction></CustomsValuation><GovernmentAgencyGoodsItem>',
    );
    expect(errorOf(xml)).toMatchObject({
      code: 'CDS_UNKNOWN_CHARGE_CODE',
      where: 'GoodsShipment: CustomsValuation/ChargeDeduction/ChargesTypeCode',
    });
  });

  it('asks for the acceptance date when the XML has none', () => {
    const xml = declaration({ header: '<TypeCode>IMA</TypeCode>' });
    expect(errorOf(xml).code).toBe('CDS_NO_ACCEPTANCE_DATE');
    const result = importCdsDeclaration(xml, { acceptanceDate: '2024-02-01' });
    expect(result.ok && result.value.acceptanceDate).toBe('2024-02-01');
  });

  it('refuses an export declaration type', () => {
    expect(errorOf(declaration({ header: '<TypeCode>EXA</TypeCode>' }))).toMatchObject({
      code: 'CDS_INVALID_VALUE',
      where: 'Declaration/TypeCode',
    });
  });

  it('uses the tariff line supplementary unit for TariffQuantity when the caller knows it', () => {
    const xml = declaration().replace(
      '<NetNetWeightMeasure>10</NetNetWeightMeasure>',
      '<NetNetWeightMeasure>10</NetNetWeightMeasure><TariffQuantity>12</TariffQuantity>',
    );
    const result = importCdsDeclaration(xml, { supplementaryUnit: () => 'NAR' });
    expect(result.ok && result.value.items[0]?.supplementaryQuantities).toEqual([
      { unit: 'NAR', quantity: '12' },
    ]);
  });
});

describe('importCdsDeclaration reads the quantities a rate may need from the tax base (DE 4/4)', () => {
  it('takes the alcoholic strength from ASV and the sucrose content from DTNZ', () => {
    const xml = declaration().replace(
      '<TypeCode>A00</TypeCode></DutyTaxFee>',
      `<TypeCode>A00</TypeCode>
         <SpecificTaxBaseQuantity unitCode="DTNZ">95</SpecificTaxBaseQuantity>
         <SpecificTaxBaseQuantity unitCode="ASV">12.5</SpecificTaxBaseQuantity></DutyTaxFee>`,
    );
    const result = importCdsDeclaration(xml);
    const item = result.ok ? result.value.items[0] : undefined;
    expect([item?.sugarContentPercent, item?.alcoholStrengthPercent]).toEqual(['95', '12.5']);
  });
});

describe('importCdsDeclaration refuses hostile values by name', () => {
  it('refuses a negative price as AMOUNT_NEGATIVE, naming the element', () =>
    expect(errorOf(declaration().replace('currencyID="GBP">100<', 'currencyID="GBP">-1000<'))).toEqual({
      code: 'AMOUNT_NEGATIVE',
      message:
        'GovernmentAgencyGoodsItem 1: Commodity/InvoiceLine/ItemChargeAmount "-1000" is negative; amounts, quantities and masses are never below zero',
      where: 'GovernmentAgencyGoodsItem 1: Commodity/InvoiceLine/ItemChargeAmount',
    }));

  it('refuses a negative mass the same way', () =>
    expect(errorOf(declaration().replace('<GrossMassMeasure>15<', '<GrossMassMeasure>-15<'))).toMatchObject({
      code: 'AMOUNT_NEGATIVE',
      where: 'GovernmentAgencyGoodsItem 1: Commodity/GoodsMeasure/GrossMassMeasure',
    }));

  it.each(['constructor', '__proto__', 'toString'])('refuses DE 4/9 code "%s" as unknown', (code) => {
    const xml = declaration().replace(
      '<GovernmentAgencyGoodsItem>',
      `<CustomsValuation><ChargeDeduction><ChargesTypeCode>${code}</ChargesTypeCode><OtherChargeDeductionAmount currencyID="GBP">5</OtherChargeDeductionAmount></ChargeDeduction></CustomsValuation><GovernmentAgencyGoodsItem>`,
    );
    expect(errorOf(xml).code).toBe('CDS_UNKNOWN_CHARGE_CODE');
  });

  it.each(['constructor', 'toString'])('refuses transport mode "%s" as invalid', (mode) =>
    expect(errorOf(declaration().replace('<ModeCode>1<', `<ModeCode>${mode}<`))).toMatchObject({
      code: 'CDS_INVALID_VALUE',
      where: 'Declaration/BorderTransportMeans/ModeCode',
    }),
  );

  it('echoes a 4 MB value as its first 80 characters and its length', () => {
    const typeCode = 'X'.repeat(4_000_000);
    expect(errorOf(declaration({ header: `<TypeCode>${typeCode}</TypeCode>` })).message).toBe(
      `Declaration/TypeCode "${'X'.repeat(80)}…" (4000000 characters) is not an import declaration type (IMA, IMB, IMD, IMY…)`,
    );
  });

  it('names an item with a 4 MB sequence number by its position, echoing the number once as a preview', () => {
    const xml = declaration().replace('<SequenceNumeric>1<', `<SequenceNumeric>${'9'.repeat(4_000_000)}<`);
    expect(errorOf(xml)).toEqual({
      code: 'CDS_INVALID_VALUE',
      message: `GovernmentAgencyGoodsItem #1: SequenceNumeric "${'9'.repeat(80)}…" (4000000 characters) is not a goods item number from 1 to 999`,
      where: 'GovernmentAgencyGoodsItem #1: SequenceNumeric',
    });
  });
});
