import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { preview, previewMessage } from '../../tariff/preview';
import type { ImportError } from '../../tariff/types';
import type { Result } from '../../util/result';
import { err, ok } from '../../util/result';

/** One element of a parsed document: local name, prefix-qualified name, attributes, children, text. */
export type XmlElement = {
  name: string;
  qname: string;
  /** A Map: attribute names come from the file, and a plain object would answer "constructor". */
  attributes: ReadonlyMap<string, string>;
  children: XmlElement[];
  text: string;
};

export type XmlLimits = { maxBytes: number; maxDepth: number };

export const DEFAULT_XML_LIMITS: XmlLimits = { maxBytes: 5 * 1024 * 1024, maxDepth: 32 };

/**
 * Names JavaScript gives a meaning on every object. fast-xml-parser throws on them (it builds plain
 * objects); no CDS element or attribute is named so, so a file that uses one is refused by name.
 */
const RESERVED_NAMES: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

const localName = (qname: string): string => qname.slice(qname.indexOf(':') + 1);

/**
 * Parse untrusted XML into a tree, refusing what a hostile file would need before the parser sees
 * it: a DOCTYPE or ENTITY declaration (entity expansion, external entities), more bytes than
 * `maxBytes`, nesting deeper than `maxDepth`; and after it, a name reserved in JavaScript. Every
 * refusal names the element or construct, and nothing the parser throws escapes as an exception.
 */
export function parseUntrustedXml(
  xml: string,
  limits: XmlLimits = DEFAULT_XML_LIMITS,
): Result<XmlElement, ImportError> {
  const bytes = utf8Length(xml);
  if (bytes > limits.maxBytes)
    return err({
      code: 'XML_TOO_LARGE',
      message: `The file is ${bytes} bytes; declarations over ${limits.maxBytes} bytes are refused.`,
    });
  const text = xml.charCodeAt(0) === 0xfeff ? xml.slice(1) : xml;
  const declaration = /<!(DOCTYPE|ENTITY)\b/i.exec(text);
  if (declaration !== null)
    return err({
      code: 'XML_DTD_REFUSED',
      message: `<!${declaration[1]?.toUpperCase()}> declarations are refused: a declaration never needs a DTD, and entity declarations can expand without bound or read external files.`,
      where: `line ${lineOf(text, declaration.index)}`,
    });
  const tooDeep = findTooDeep(text, limits.maxDepth);
  if (tooDeep !== null)
    return err({
      code: 'XML_TOO_DEEP',
      message: `Element ${preview(tooDeep.name)} is nested ${limits.maxDepth + 1} levels deep; the limit is ${limits.maxDepth}.`,
      where: `line ${lineOf(text, tooDeep.index)}`,
    });
  const valid = XMLValidator.validate(text);
  if (valid !== true)
    return err({
      code: 'XML_MALFORMED',
      message: `The XML is not well formed: ${previewMessage(valid.err.msg)}`,
      where: `line ${valid.err.line}, column ${valid.err.col}`,
    });
  const reserved: string[] = [];
  // Renamed, not thrown on, so the parse finishes and the file is refused below with the name.
  const guard = (name: string): string => {
    if (!RESERVED_NAMES.has(localName(name))) return name;
    reserved.push(name);
    return `#reserved:${name}`;
  };
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    processEntities: true,
    htmlEntities: false,
    ignoreDeclaration: true,
    ignorePiTags: true,
    maxNestedTags: limits.maxDepth + 1,
    transformTagName: guard,
    transformAttributeName: guard,
  });
  let nodes: unknown;
  try {
    nodes = parser.parse(text);
  } catch (caught) {
    const message = caught instanceof Error ? caught.message : String(caught);
    return err({ code: 'XML_MALFORMED', message: `The XML cannot be read: ${previewMessage(message)}` });
  }
  const [name] = reserved;
  if (name !== undefined) return err(reservedName(text, name));
  const roots = Array.isArray(nodes) ? nodes.map(toElement).filter((e) => e !== null) : [];
  const [root] = roots;
  if (root === undefined || roots.length > 1)
    return err({ code: 'XML_MALFORMED', message: 'The XML must have exactly one root element.' });
  return ok(root);
}

/** The preserveOrder node shape of fast-xml-parser: `{ tag: children[], ':@': attributes }` or text. */
function toElement(node: unknown): XmlElement | null {
  if (typeof node !== 'object' || node === null) return null;
  const record = node as Record<string, unknown>;
  const qname = Object.keys(record).find((key) => key !== ':@' && key !== '#text');
  if (qname === undefined || qname.startsWith('?')) return null;
  const rawChildren = record[qname];
  const attributes = new Map<string, string>();
  const rawAttributes = record[':@'];
  if (typeof rawAttributes === 'object' && rawAttributes !== null)
    for (const [key, value] of Object.entries(rawAttributes)) attributes.set(key, String(value));
  const children: XmlElement[] = [];
  let text = '';
  for (const child of Array.isArray(rawChildren) ? rawChildren : []) {
    if (typeof child === 'object' && child !== null && '#text' in child)
      text += String((child as Record<string, unknown>)['#text']);
    else {
      const element = toElement(child);
      if (element !== null) children.push(element);
    }
  }
  const colon = qname.indexOf(':');
  return { name: colon < 0 ? qname : qname.slice(colon + 1), qname, attributes, children, text: text.trim() };
}

/** The namespace URI of `element`, resolved through its own and its ancestors' xmlns attributes. */
export function namespaceOf(element: XmlElement, ancestors: readonly XmlElement[]): string | null {
  const colon = element.qname.indexOf(':');
  const attribute = colon < 0 ? 'xmlns' : `xmlns:${element.qname.slice(0, colon)}`;
  for (const scope of [element, ...[...ancestors].reverse()]) {
    const uri = scope.attributes.get(attribute);
    if (uri !== undefined) return uri;
  }
  return null;
}

export const childrenNamed = (element: XmlElement, name: string): XmlElement[] =>
  element.children.filter((child) => child.name === name);

export const childNamed = (element: XmlElement, name: string): XmlElement | undefined =>
  element.children.find((child) => child.name === name);

/** Follow a path of local names ("Commodity/GoodsMeasure/GrossMassMeasure"), first match at each step. */
export function at(element: XmlElement, path: string): XmlElement | undefined {
  let current: XmlElement | undefined = element;
  for (const name of path.split('/')) {
    if (current === undefined) return undefined;
    current = childNamed(current, name);
  }
  return current;
}

/** The trimmed text at `path`, or undefined where the element is absent or empty. */
export function textAt(element: XmlElement, path: string): string | undefined {
  const found = at(element, path);
  return found === undefined || found.text === '' ? undefined : found.text;
}

function reservedName(text: string, name: string): ImportError {
  // Where the name first stands as an element or attribute name (it is one of three fixed words).
  const at = new RegExp(`[<\\s]${name}(?=[\\s=/>])`).exec(text)?.index;
  return {
    code: 'XML_RESERVED_NAME',
    message: `The name ${preview(name)} is reserved in JavaScript (${[...RESERVED_NAMES].join(', ')}); no CDS element or attribute has it.`,
    ...(at === undefined ? {} : { where: `line ${lineOf(text, at)}` }),
  };
}

/**
 * The first start tag nested deeper than `maxDepth`, read as the parser will read it: comments,
 * CDATA and processing instructions are skipped whole, and a start tag ends at the first `>` that
 * is outside its quoted attribute values (`<a x="/>">` is an open element, `<a x=">"/>` is empty).
 * One pass over the text.
 */
function findTooDeep(xml: string, maxDepth: number): { name: string; index: number } | null {
  let depth = 0;
  let index = 0;
  while (index < xml.length) {
    const open = xml.indexOf('<', index);
    if (open < 0) break;
    const skipped = skipMarkup(xml, open);
    if (skipped !== undefined) {
      index = skipped;
      continue;
    }
    if (xml[open + 1] === '/') {
      depth--;
      index = endOf(xml, '>', open);
      continue;
    }
    const tag = endOfStartTag(xml, open);
    if (!tag.empty) {
      depth++;
      if (depth > maxDepth)
        return { name: /^<([^\s/>]*)/.exec(xml.slice(open, tag.end))?.[1] ?? '?', index: open };
    }
    index = tag.end;
  }
  return null;
}

/** After a comment, CDATA section, processing instruction or other `<!…>` starting at `open`. */
function skipMarkup(xml: string, open: number): number | undefined {
  if (xml.startsWith('<!--', open)) return endOf(xml, '-->', open);
  if (xml.startsWith('<![CDATA[', open)) return endOf(xml, ']]>', open);
  if (xml.startsWith('<?', open)) return endOf(xml, '?>', open);
  if (xml.startsWith('<!', open)) return endOf(xml, '>', open);
  return undefined;
}

/** Where the start tag at `open` ends (after its `>`), and whether it is empty (`/>`). */
function endOfStartTag(xml: string, open: number): { end: number; empty: boolean } {
  let quote: string | undefined;
  for (let i = open + 1; i < xml.length; i++) {
    const ch = xml[i];
    if (quote !== undefined) {
      if (ch === quote) quote = undefined;
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '>') return { end: i + 1, empty: xml[i - 1] === '/' };
  }
  return { end: xml.length, empty: false };
}

function endOf(xml: string, terminator: string, from: number): number {
  const end = xml.indexOf(terminator, from);
  return end < 0 ? xml.length : end + terminator.length;
}

function lineOf(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** UTF-8 length without TextEncoder (not part of the pure ES library `shared/` compiles against). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}
