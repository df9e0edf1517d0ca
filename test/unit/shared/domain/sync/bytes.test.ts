import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, canonicalJsonCareful, fromBase64, sha256Hex, toBase64, utf8, utf8Portable } from '../../../../../shared/domain/sync/bytes';

describe('sync byte helpers', () => {
  it('hashes the standard SHA-256 test vectors', () => {
    expect(sha256Hex(utf8(''))).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex(utf8('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('agrees with Node for any text, UTF-8 included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        expect(Buffer.from(utf8(text)).equals(Buffer.from(text, 'utf8'))).toBe(true);
        expect(sha256Hex(utf8(text))).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
      }),
    );
  });

  it('encodes without TextEncoder exactly as with it, lone surrogates included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        expect(Buffer.from(utf8Portable(text)).equals(Buffer.from(utf8(text)))).toBe(true);
      }),
    );
    expect([...utf8Portable('a\ud800b')]).toEqual([0x61, 0xef, 0xbf, 0xbd, 0x62]);
  });

  it('hashes any bytes as Node does, across block and padding boundaries', () => {
    for (let length = 0; length <= 200; length++) {
      const bytes = Uint8Array.from({ length }, (_, i) => (i * 131 + length) & 0xff);
      expect(sha256Hex(bytes)).toBe(createHash('sha256').update(bytes).digest('hex'));
    }
  });

  it('round-trips base64 exactly as Node writes it', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 100 }), (bytes) => {
        const text = toBase64(bytes);
        expect(text).toBe(Buffer.from(bytes).toString('base64'));
        expect([...fromBase64(text)]).toEqual([...bytes]);
      }),
    );
  });

  it('writes keys in one order whatever order they were built in', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 1, y: 2 }], c: null }, u: undefined })).toBe('{"a":{"c":null,"d":[1,{"y":2,"z":1}]},"b":1}');
  });

  it('writes the same text through the native serializer as by the definition, whatever the value', () => {
    fc.assert(
      fc.property(fc.anything({ withObjectString: true, withNullPrototype: true, withBoxedValues: true, withSparseArray: true, withDate: true, withMap: true, withTypedArray: true }), (value) => {
        expect(canonicalJson(value)).toBe(canonicalJsonCareful(value));
      }),
      { numRuns: 2000 },
    );
    const awkward = { 10: 'a', 9: 'b', '-x': 1, __proto__: null, f: () => 1, d: new Date(0), n: [undefined, () => 1, NaN], u: undefined };
    Object.defineProperty(awkward, '__proto__', { value: 'p', enumerable: true });
    expect(canonicalJson(awkward)).toBe(canonicalJsonCareful(awkward));
    expect(canonicalJson({ b: [{ d: 1, c: 2 }], a: 'x' })).toBe('{"a":"x","b":[{"c":2,"d":1}]}');
  });

  it('sorts only the objects that need it, leaving the value it was given as it was', () => {
    // Shaped like what a transport delivers: parsed JSON, keys in any order, some objects already sorted.
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (value) => {
        const text = JSON.stringify(value);
        expect(canonicalJson(value)).toBe(canonicalJsonCareful(value));
        expect(JSON.stringify(value)).toBe(text);
      }),
      { numRuns: 2000 },
    );
    const sortedInside = { z: { a: 1, b: [{ c: 1, d: 2 }] }, a: { y: 1, x: 2 } };
    expect(canonicalJson(sortedInside)).toBe('{"a":{"x":2,"y":1},"z":{"a":1,"b":[{"c":1,"d":2}]}}');
    expect(Object.keys(sortedInside)).toEqual(['z', 'a']);
    const protoKey = JSON.parse('{"b":1,"__proto__":{"y":1,"x":2}}') as object;
    expect(canonicalJson(protoKey)).toBe('{"__proto__":{"x":2,"y":1},"b":1}');
    expect(canonicalJson([{ toJSON: () => 'x' }])).toBe(canonicalJsonCareful([{ toJSON: () => 'x' }]));
  });
});
