import type { z } from 'zod';
import type { Declaration } from '../../domain/declaration';
import { tableOf } from '../../tariff/lookup';
import { preview } from '../../tariff/preview';
import type { ImportError } from '../../tariff/types';
import type { Result } from '../../util/result';
import { err } from '../../util/result';
import { acceptDeclaration } from '../accept';
import type { Scope } from './fields';
import { COUNTRY, ImportFailure, amountAt, fail, invalid, missing } from './fields';
import type { ItemOptions, ParsedItem } from './items';
import { chargeDeductions, parseItem } from './items';
import type { XmlElement } from './xml';
import { DEFAULT_XML_LIMITS, childNamed, childrenNamed, namespaceOf, parseUntrustedXml, textAt } from './xml';

export const CDS_DECLARATION_NAMESPACE = 'urn:wco:datamodel:WCO:DEC-DMS:2';
export const CDS_METADATA_NAMESPACE = 'urn:wco:datamodel:WCO:DocumentMetaData-DMS:2';

export type CdsImportOptions = ItemOptions & {
  /** The post the declaration is filed at (default `GB-CDS`). */
  postId?: string;
  /** Refuse files larger than this (default 5 MB). */
  maxBytes?: number;
  /** Refuse elements nested deeper than this (default 32). */
  maxDepth?: number;
  /**
   * Date of acceptance (YYYY-MM-DD) when the XML carries neither AcceptanceDateTime nor
   * IssueDateTime: a lodged declaration does not know it yet, so the caller must say which date the
   * tariff and exchange rate are taken from.
   */
  acceptanceDate?: string;
};

type DeclarationInput = z.input<typeof Declaration>;
const HEADER: Scope = { label: '' };

/**
 * Import a UK CDS import declaration (WCO Data Model 3.6, H1 data set, namespace
 * urn:wco:datamodel:WCO:DEC-DMS:2, bare or inside md:MetaData) into the project's Declaration.
 * Hostile or malformed input is refused with an error that names the element; nothing is loaded.
 */
export function importCdsDeclaration(
  xml: string,
  options: CdsImportOptions = {},
): Result<Declaration, ImportError> {
  const parsed = parseUntrustedXml(xml, {
    maxBytes: options.maxBytes ?? DEFAULT_XML_LIMITS.maxBytes,
    maxDepth: options.maxDepth ?? DEFAULT_XML_LIMITS.maxDepth,
  });
  if (!parsed.ok) return parsed;
  try {
    return acceptDeclaration(toDeclaration(findDeclaration(parsed.value), options));
  } catch (caught) {
    if (caught instanceof ImportFailure) return err(caught.error);
    throw caught;
  }
}

function findDeclaration(root: XmlElement): XmlElement {
  const rootNamespace = namespaceOf(root, []);
  if (root.name === 'Declaration' && rootNamespace === CDS_DECLARATION_NAMESPACE) return root;
  if (root.name === 'MetaData' && rootNamespace === CDS_METADATA_NAMESPACE) {
    const declaration = childNamed(root, 'Declaration');
    if (declaration === undefined) return missing(HEADER, 'MetaData/Declaration');
    const namespace = namespaceOf(declaration, [root]);
    if (namespace !== CDS_DECLARATION_NAMESPACE)
      fail(
        'CDS_WRONG_NAMESPACE',
        `MetaData/Declaration is in namespace ${preview(namespace ?? '(none)')}, expected "${CDS_DECLARATION_NAMESPACE}"`,
        'MetaData/Declaration',
      );
    return declaration;
  }
  return fail(
    'CDS_WRONG_ROOT',
    `The root element is ${preview(root.qname)} in namespace ${preview(rootNamespace ?? '(none)')}; expected <Declaration> in "${CDS_DECLARATION_NAMESPACE}" or <md:MetaData> in "${CDS_METADATA_NAMESPACE}" around it`,
    '(root element)',
  );
}

function toDeclaration(declaration: XmlElement, options: CdsImportOptions): DeclarationInput {
  const typeCode = textAt(declaration, 'TypeCode') ?? missing(HEADER, 'Declaration/TypeCode');
  if (!/^IM[A-Z]$/.test(typeCode))
    invalid(HEADER, 'Declaration/TypeCode', typeCode, 'an import declaration type (IMA, IMB, IMD, IMY…)');
  const shipment = childNamed(declaration, 'GoodsShipment') ?? missing(HEADER, 'Declaration/GoodsShipment');
  const itemElements = childrenNamed(shipment, 'GovernmentAgencyGoodsItem');
  if (itemElements.length === 0) missing(HEADER, 'GoodsShipment/GovernmentAgencyGoodsItem');
  if (itemElements.length > 999)
    fail(
      'CDS_TOO_MANY_ITEMS',
      `A declaration has at most 999 goods items; this one has ${itemElements.length}`,
    );
  const parsedItems = itemElements.map((element, index) => parseItem(element, index + 1, options));
  checkSequences(parsedItems);
  const invoiceCurrency = singleCurrency(parsedItems);

  const { date: acceptanceDate, instant } = acceptance(declaration, options);
  const reference =
    textAt(declaration, 'ID') ??
    textAt(declaration, 'FunctionalReferenceID') ??
    missing(HEADER, 'Declaration/FunctionalReferenceID');
  const invoiceAmount = amountAt(declaration, 'InvoiceAmount', HEADER, 'Declaration/InvoiceAmount');
  if (invoiceAmount !== undefined && invoiceAmount.currency !== invoiceCurrency)
    fail(
      'CDS_MIXED_CURRENCIES',
      `Declaration/InvoiceAmount is in ${invoiceAmount.currency} but the items are priced in ${invoiceCurrency}`,
      'Declaration/InvoiceAmount@currencyID',
    );
  const headerAdjustments = chargeDeductions(childrenNamed(shipment, 'CustomsValuation'), {
    label: 'GoodsShipment',
  });
  const exportCountry = exportCountryOf(shipment, itemElements);

  return {
    id: `cds-${reference}`.slice(0, 64),
    reference,
    postId: options.postId ?? 'GB-CDS',
    jurisdiction: 'uk',
    direction: 'import',
    typeCode,
    status: 'registered',
    lane: null,
    riskScore: 0,
    riskHits: [],
    registeredAt: instant,
    acceptanceDate,
    parties: parties(declaration, shipment, exportCountry),
    transport: transport(declaration, shipment, itemElements, acceptanceDate),
    valuation: {
      invoiceCurrency,
      invoiceTotal: invoiceAmount?.amount ?? sumDecimals(parsedItems.map((item) => item.price)),
      ...tradeTerms(shipment),
      freight: null,
      insurance: null,
      ...(headerAdjustments.length > 0 ? { adjustments: headerAdjustments } : {}),
    },
    items: parsedItems.map(({ priceCurrency: _currency, ...item }) => item),
    documents: documents(declaration, itemElements),
    version: 1,
    ...(exportCountry !== undefined ? { exportCountry } : {}),
    demo: false,
  };
}

function checkSequences(items: ParsedItem[]): void {
  const seen = new Set<number>();
  for (const item of items) {
    if (seen.has(item.sequence))
      fail(
        'CDS_DUPLICATE_ITEM',
        `GovernmentAgencyGoodsItem ${item.sequence}: SequenceNumeric ${item.sequence} appears more than once`,
        `GovernmentAgencyGoodsItem ${item.sequence}: SequenceNumeric`,
      );
    seen.add(item.sequence);
  }
}

/** The project records one invoice currency per declaration (DE 4/10): items priced in several are refused. */
function singleCurrency(items: ParsedItem[]): string {
  const currencies = [...new Set(items.map((item) => item.priceCurrency))];
  const [first] = currencies;
  if (first === undefined || currencies.length > 1)
    fail(
      'CDS_MIXED_CURRENCIES',
      `The items are priced in different currencies (${items.map((i) => `item ${i.sequence} ${i.priceCurrency}`).join(', ')}); one declaration takes one invoice currency`,
      'Commodity/InvoiceLine/ItemChargeAmount@currencyID',
    );
  return first;
}

/** AcceptanceDateTime or IssueDateTime (format 304 YYYYMMDDhhmmss±zz or 102 YYYYMMDD), else the caller's date. */
function acceptance(declaration: XmlElement, options: CdsImportOptions): { date: string; instant: string } {
  for (const name of ['AcceptanceDateTime', 'IssueDateTime']) {
    const element = childNamed(declaration, name);
    if (element === undefined) continue;
    const value = textAt(element, 'DateTimeString') ?? (element.text === '' ? undefined : element.text);
    if (value === undefined) missing(HEADER, `Declaration/${name}/DateTimeString`);
    const match = /^(\d{4})(\d{2})(\d{2})(?:(\d{2})(\d{2})(\d{2})([+-]\d{2})(\d{2})?|Z)?$/.exec(value);
    if (match === null)
      return invalid(HEADER, `Declaration/${name}/DateTimeString`, value, 'a date in format 304 or 102');
    const [, year, month, day, hour = '00', minute = '00', second = '00', zone = '+00', zoneMinutes = '00'] =
      match;
    const date = `${year}-${month}-${day}`;
    return { date, instant: `${date}T${hour}:${minute}:${second}${zone}:${zoneMinutes}` };
  }
  const date = options.acceptanceDate;
  if (date === undefined)
    return fail(
      'CDS_NO_ACCEPTANCE_DATE',
      'The XML has no Declaration/AcceptanceDateTime or IssueDateTime; pass the acceptanceDate option to fix the tariff and exchange-rate date',
      'Declaration/AcceptanceDateTime',
    );
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) invalid(HEADER, 'acceptanceDate option', date, 'a date YYYY-MM-DD');
  return { date, instant: `${date}T00:00:00Z` };
}

function exportCountryOf(shipment: XmlElement, items: XmlElement[]): string | undefined {
  const header = textAt(shipment, 'ExportCountry/ID');
  // DE 5/14 may be declared per item where it differs; one value across all items stands for the header.
  const itemValues = [...new Set(items.map((item) => textAt(item, 'ExportCountry/ID')))];
  const country = header ?? (itemValues.length === 1 ? itemValues[0] : undefined);
  if (country !== undefined && !COUNTRY.test(country))
    invalid(HEADER, 'GoodsShipment/ExportCountry/ID', country, 'an ISO 3166 alpha-2 country code');
  return country;
}

const EORI_COUNTRY = (id: string): string | undefined => {
  const prefix = id.slice(0, 2);
  // XI EORIs are Northern Ireland, part of the UK (ISO GB).
  return prefix === 'XI' ? 'GB' : COUNTRY.test(prefix) ? prefix : undefined;
};

function parties(declaration: XmlElement, shipment: XmlElement, exportCountry: string | undefined) {
  const found = [
    { role: 'declarant', element: childNamed(declaration, 'Declarant') },
    { role: 'exporter', element: childNamed(declaration, 'Exporter') ?? childNamed(shipment, 'Exporter') },
    { role: 'importer', element: childNamed(shipment, 'Importer') ?? childNamed(declaration, 'Importer') },
  ] as const;
  const result = found.flatMap(({ role, element }) => {
    if (element === undefined) return [];
    const id = textAt(element, 'ID');
    const name = textAt(element, 'Name');
    if (id === undefined && name === undefined) return [];
    const address = childNamed(element, 'Address');
    const addressText =
      address === undefined
        ? ''
        : ['Line', 'CityName', 'PostcodeID']
            .map((field) => textAt(address, field))
            .filter((part) => part !== undefined)
            .join(', ');
    const country =
      (address === undefined ? undefined : textAt(address, 'CountryCode')) ??
      (id === undefined ? undefined : EORI_COUNTRY(id)) ??
      (role === 'exporter' ? exportCountry : 'GB');
    return [
      {
        role,
        // Name and identifier are each optional in CDS where the other is given: show what is there.
        name: name ?? id ?? '',
        identifier: id ?? 'not declared',
        address: addressText,
        country: country ?? 'GB',
      },
    ];
  });
  if (result.length === 0) missing(HEADER, 'Declaration/Declarant/ID');
  return result;
}

/** DE 7/4 mode of transport at the border (ModeCode, UN Rec 19). */
const TRANSPORT_MODES: ReadonlyMap<string, 'sea' | 'rail' | 'road' | 'air' | 'post'> = tableOf({
  '1': 'sea',
  '2': 'rail',
  '3': 'road',
  '4': 'air',
  '5': 'post',
  '8': 'sea', // inland waterway: carried by vessel
});

function transport(
  declaration: XmlElement,
  shipment: XmlElement,
  items: XmlElement[],
  acceptanceDate: string,
) {
  const consignment = childNamed(shipment, 'Consignment');
  const code =
    textAt(declaration, 'BorderTransportMeans/ModeCode') ??
    (consignment === undefined ? undefined : textAt(consignment, 'ArrivalTransportMeans/ModeCode')) ??
    missing(HEADER, 'Declaration/BorderTransportMeans/ModeCode');
  const mode = TRANSPORT_MODES.get(code);
  if (mode === undefined)
    invalid(
      HEADER,
      'Declaration/BorderTransportMeans/ModeCode',
      code,
      'a mode this project records (1, 2, 3, 4, 5, 8)',
    );
  const containers = new Set<string>();
  const equipment = [
    ...(consignment === undefined ? [] : childrenNamed(consignment, 'TransportEquipment')),
    ...items.flatMap((item) => childrenNamed(childNamed(item, 'Commodity') ?? item, 'TransportEquipment')),
  ];
  for (const element of equipment) {
    const id = textAt(element, 'ID');
    if (id !== undefined) containers.add(id);
  }
  const transportDocument = childrenNamed(shipment, 'PreviousDocument')
    .filter((doc) => ['705', '740', '741', '730'].includes(textAt(doc, 'TypeCode') ?? ''))
    .map((doc) => textAt(doc, 'ID'))
    .find((id) => id !== undefined);
  return {
    mode,
    meansName: textAt(declaration, 'BorderTransportMeans/RegistrationNationalityCode') ?? '',
    meansId: (consignment === undefined ? undefined : textAt(consignment, 'ArrivalTransportMeans/ID')) ?? '',
    placeOfLoading: (consignment === undefined ? undefined : textAt(consignment, 'LoadingLocation/ID')) ?? '',
    placeOfDischarge:
      (consignment === undefined ? undefined : textAt(consignment, 'GoodsLocation/Name')) ?? '',
    transportDocument: transportDocument ?? '',
    containers: [...containers],
    // CDS H1 carries no arrival date; the goods are presented by the date of acceptance.
    arrivalDate: acceptanceDate,
  };
}

const INCOTERMS = new Set(['EXW', 'FCA', 'FAS', 'FOB', 'CFR', 'CIF', 'CPT', 'CIP', 'DAP', 'DPU', 'DDP']);

function tradeTerms(shipment: XmlElement) {
  const incoterm =
    textAt(shipment, 'TradeTerms/ConditionCode') ?? missing(HEADER, 'GoodsShipment/TradeTerms/ConditionCode');
  if (!INCOTERMS.has(incoterm))
    invalid(
      HEADER,
      'GoodsShipment/TradeTerms/ConditionCode',
      incoterm,
      `an Incoterm 2020 (${[...INCOTERMS].join(', ')})`,
    );
  return {
    incoterm: incoterm as DeclarationInput['valuation']['incoterm'],
    incotermPlace:
      textAt(shipment, 'TradeTerms/LocationID') ?? textAt(shipment, 'TradeTerms/LocationName') ?? '',
  };
}

function documents(declaration: XmlElement, items: XmlElement[]) {
  const seen = new Set<string>();
  const result: Array<{ code: string; reference: string; description: string }> = [];
  for (const element of [declaration, ...items])
    for (const document of childrenNamed(element, 'AdditionalDocument')) {
      const code = `${textAt(document, 'CategoryCode') ?? ''}${textAt(document, 'TypeCode') ?? ''}`;
      const reference = textAt(document, 'ID');
      if (code === '' || reference === undefined || seen.has(`${code} ${reference}`)) continue;
      seen.add(`${code} ${reference}`);
      result.push({ code, reference, description: textAt(document, 'Name') ?? '' });
    }
  return result;
}

/** Sum of plain decimal strings without floats: scale to the longest fraction, add as BigInt. */
function sumDecimals(values: string[]): string {
  const scale = Math.max(0, ...values.map((v) => v.split('.')[1]?.length ?? 0));
  const total = values.reduce((sum, v) => {
    const [whole = '0', fraction = ''] = v.split('.');
    return sum + BigInt(whole + fraction.padEnd(scale, '0'));
  }, 0n);
  const digits = total.toString().padStart(scale + 1, '0');
  return scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
}
