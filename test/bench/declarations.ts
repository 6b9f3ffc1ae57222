import type { Declaration } from '../../shared/domain';
import { Declaration as DeclarationSchema } from '../../shared/domain';
import type { TariffLine } from '../../shared/tariff/types';

/** A UK declaration of `count` items, one per real 10-digit UKGT line, spread across the whole tariff. */
export function ukDeclarationFromLines(lines: readonly TariffLine[], count: number): Declaration {
  const tenDigit = lines.filter((line) => line.code.length === 10);
  const step = Math.max(1, Math.floor(tenDigit.length / count));
  const chosen = Array.from({ length: count }, (_, i) => tenDigit[(i * step) % tenDigit.length]);
  return DeclarationSchema.parse({
    id: 'bench-uk-999',
    reference: 'BENCH999',
    postId: 'GB-DOVER',
    jurisdiction: 'uk',
    direction: 'import',
    typeCode: 'IMA',
    status: 'registered',
    lane: null,
    riskScore: 0,
    riskHits: [],
    registeredAt: '2021-03-01T10:00:00Z',
    acceptanceDate: '2021-03-01',
    parties: [{ role: 'declarant', name: 'Bench', identifier: 'GB000000000000', address: '', country: 'GB' }],
    transport: {
      mode: 'road',
      meansName: '',
      meansId: '',
      placeOfLoading: 'FRCQF',
      placeOfDischarge: 'GBDVR',
      transportDocument: '',
      containers: [],
      arrivalDate: '2021-03-01',
    },
    valuation: {
      invoiceCurrency: 'EUR',
      invoiceTotal: String(count * 1000),
      incoterm: 'CIF',
      incotermPlace: 'GBDVR',
      freight: null,
      insurance: null,
    },
    items: chosen.map((line, i) => ({
      sequence: i + 1,
      hsCode: line?.code,
      description: line?.description.slice(0, 200) || 'goods',
      originCountry: 'US',
      preference: null,
      quantity: '100',
      quantityUnit: 'KGM',
      netMassKg: '100',
      grossMassKg: '110',
      packages: { count: 10, kindCode: 'CT' },
      price: '1000',
      supplementaryQuantities: [
        { unit: 'NAR', quantity: '50' },
        { unit: 'LTR', quantity: '80' },
      ],
      dutyRegimeCode: '100',
    })),
    documents: [],
    version: 1,
    demo: true,
  });
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The same declaration as CDS XML, for timing the importer on a 999-item file. */
export function cdsXmlFor(declaration: Declaration): string {
  const items = declaration.items
    .map(
      (item) => `<GovernmentAgencyGoodsItem><SequenceNumeric>${item.sequence}</SequenceNumeric><Commodity>
<Description>${escape(item.description)}</Description>
<Classification><ID>${item.hsCode.slice(0, 8)}</ID><IdentificationTypeCode>TSP</IdentificationTypeCode></Classification>
<Classification><ID>${item.hsCode.slice(8, 10)}</ID><IdentificationTypeCode>TRC</IdentificationTypeCode></Classification>
<DutyTaxFee><DutyRegimeCode>100</DutyRegimeCode><TypeCode>A00</TypeCode></DutyTaxFee><DutyTaxFee><TypeCode>B00</TypeCode></DutyTaxFee>
<GoodsMeasure><GrossMassMeasure>${item.grossMassKg}</GrossMassMeasure><NetNetWeightMeasure>${item.netMassKg}</NetNetWeightMeasure><TariffQuantity>50</TariffQuantity></GoodsMeasure>
<InvoiceLine><ItemChargeAmount currencyID="${declaration.valuation.invoiceCurrency}">${item.price}</ItemChargeAmount></InvoiceLine></Commodity>
<CustomsValuation><MethodCode>1</MethodCode></CustomsValuation>
<GovernmentProcedure><CurrentCode>40</CurrentCode><PreviousCode>00</PreviousCode></GovernmentProcedure><GovernmentProcedure><CurrentCode>000</CurrentCode></GovernmentProcedure>
<Origin><CountryCode>${item.originCountry}</CountryCode><TypeCode>1</TypeCode></Origin>
<Packaging><SequenceNumeric>1</SequenceNumeric><QuantityQuantity>${item.packages.count}</QuantityQuantity><TypeCode>${item.packages.kindCode}</TypeCode></Packaging>
</GovernmentAgencyGoodsItem>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<Declaration xmlns="urn:wco:datamodel:WCO:DEC-DMS:2">
<AcceptanceDateTime><DateTimeString formatCode="102">${declaration.acceptanceDate.replace(/-/g, '')}</DateTimeString></AcceptanceDateTime>
<FunctionalReferenceID>${declaration.reference}</FunctionalReferenceID><TypeCode>IMA</TypeCode>
<BorderTransportMeans><ModeCode>3</ModeCode></BorderTransportMeans><Declarant><ID>GB000000000000</ID></Declarant>
<GoodsShipment>
${items}
<TradeTerms><ConditionCode>${declaration.valuation.incoterm}</ConditionCode><LocationID>${declaration.valuation.incotermPlace}</LocationID></TradeTerms>
</GoodsShipment>
</Declaration>`;
}
