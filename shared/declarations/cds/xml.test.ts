import { describe, expect, it } from 'vitest';
import { parseUntrustedXml } from './xml';

const errorOf = (xml: string) => {
  const result = parseUntrustedXml(xml);
  if (result.ok) throw new Error('expected the parse to fail');
  return result.error;
};

describe('parseUntrustedXml refuses names reserved in JavaScript', () => {
  it.each(['__proto__', 'constructor', 'prototype'])('an element named %s', (name) =>
    expect(errorOf(`<Declaration>\n  <${name}>x</${name}>\n</Declaration>`)).toEqual({
      code: 'XML_RESERVED_NAME',
      message: `The name "${name}" is reserved in JavaScript (__proto__, constructor, prototype); no CDS element or attribute has it.`,
      where: 'line 2',
    }),
  );

  it.each(['__proto__', 'constructor', 'prototype'])('an attribute named %s', (name) =>
    expect(errorOf(`<Declaration>\n<TypeCode ${name}="x">IMA</TypeCode></Declaration>`)).toMatchObject({
      code: 'XML_RESERVED_NAME',
      where: 'line 2',
    }),
  );

  it('a reserved local name behind a prefix', () =>
    expect(errorOf('<Declaration xmlns:p="urn:x"><p:__proto__/></Declaration>').code).toBe(
      'XML_RESERVED_NAME',
    ));

  it('reads other Object property names as plain names, and attributes as own entries only', () => {
    const result = parseUntrustedXml('<Declaration currencyID="GBP"><hasOwnProperty/></Declaration>');
    expect(
      result.ok && [result.value.attributes.get('currencyID'), result.value.attributes.get('toString')],
    ).toEqual(['GBP', undefined]);
  });
});

describe('the depth pre-scan reads tags as the parser does', () => {
  const nested = (open: string, depth: number) =>
    `<Declaration>${open.repeat(depth)}${'</a>'.repeat(depth)}</Declaration>`;

  it('counts an element whose attribute value ends in "/>" as open (it hid 40 levels before)', () =>
    expect(errorOf(nested('<a x="/>">', 40))).toMatchObject({ code: 'XML_TOO_DEEP', where: 'line 1' }));

  it('counts an element whose attribute value holds ">" as open', () =>
    expect(errorOf(nested(`<a x='>'>`, 40)).code).toBe('XML_TOO_DEEP'));

  it('counts an empty element whose attribute value holds ">" as empty, so siblings do not add up', () => {
    const siblings = `<Declaration>${'<a x=">"/>'.repeat(100)}</Declaration>`;
    const result = parseUntrustedXml(siblings);
    expect(result.ok && result.value.children.length).toBe(100);
  });

  it('skips comments, CDATA and processing instructions whole, "<" and ">" inside them included', () => {
    const hidden = '<a>'.repeat(40);
    const xml = `<Declaration><!-- ${hidden} --><![CDATA[${hidden}]]><?pi ${hidden} ?><b/></Declaration>`;
    const result = parseUntrustedXml(xml);
    expect(result.ok && result.value.children.map((child) => child.name)).toEqual(['b']);
  });

  it('never lets the parser throw: a nesting it would not hold is a named error', () =>
    expect(errorOf(nested('<a>', 33)).code).toBe('XML_TOO_DEEP'));
});

describe('parseUntrustedXml echoes what it refuses as a preview', () => {
  it('names a 10,000-character element name by its first characters', () => {
    const name = 'n'.repeat(10_000);
    const deep = `${`<${name}>`.repeat(33)}${`</${name}>`.repeat(33)}`;
    expect(errorOf(deep).message).toBe(
      `Element "${'n'.repeat(80)}…" (10000 characters) is nested 33 levels deep; the limit is 32.`,
    );
  });

  it('cuts a validator message that quotes a long tag name', () => {
    const name = 'm'.repeat(100_000);
    const error = errorOf(`<Declaration><${name}></x></Declaration>`);
    expect([error.code, error.message.length < 400]).toEqual(['XML_MALFORMED', true]);
  });
});
