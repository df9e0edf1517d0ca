// Byte helpers that run the same in Node, Electron and the browser: shared/ has no TextEncoder or Buffer types,
// and sync must hash and carry bytes identically on every device.

/** The platform's encoder where there is one (Node, Electron, every browser): native, and the bytes are the same. */
const Encoder = (globalThis as { TextEncoder?: new () => { encode(text: string): Uint8Array } }).TextEncoder;
const encoder = Encoder ? new Encoder() : undefined;

/** UTF-8 bytes of a string (lone surrogates become U+FFFD, as TextEncoder does). */
export function utf8(text: string): Uint8Array {
  return encoder ? encoder.encode(text) : utf8Portable(text);
}

/** The same bytes without TextEncoder, written into one buffer (a number[] grown per byte was a sixth of a sync merge). */
export function utf8Portable(text: string): Uint8Array {
  const out = new Uint8Array(text.length * 3);
  let at = 0;
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        code = 0x10000 + ((code - 0xd800) << 10) + (next - 0xdc00);
        i++;
      } else code = 0xfffd;
    } else if (code >= 0xdc00 && code <= 0xdfff) code = 0xfffd;
    if (code < 0x80) out[at++] = code;
    else if (code < 0x800) {
      out[at++] = 0xc0 | (code >> 6);
      out[at++] = 0x80 | (code & 63);
    } else if (code < 0x10000) {
      out[at++] = 0xe0 | (code >> 12);
      out[at++] = 0x80 | ((code >> 6) & 63);
      out[at++] = 0x80 | (code & 63);
    } else {
      out[at++] = 0xf0 | (code >> 18);
      out[at++] = 0x80 | ((code >> 12) & 63);
      out[at++] = 0x80 | ((code >> 6) & 63);
      out[at++] = 0x80 | (code & 63);
    }
  }
  return out.subarray(0, at);
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const LOOKUP = new Map([...ALPHABET].map((c, i) => [c, i]));

export function toBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i]!;
    const b = bytes[i + 1];
    const c = bytes[i + 2];
    const n = (a << 16) | ((b ?? 0) << 8) | (c ?? 0);
    out += ALPHABET[(n >> 18) & 63]! + ALPHABET[(n >> 12) & 63]!;
    out += b === undefined ? '=' : ALPHABET[(n >> 6) & 63]!;
    out += c === undefined ? '=' : ALPHABET[n & 63]!;
  }
  return out;
}

export function fromBase64(text: string): Uint8Array {
  const clean = text.replace(/=+$/, '');
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let bits = 0;
  let value = 0;
  let at = 0;
  for (const c of clean) {
    const v = LOOKUP.get(c);
    if (v === undefined) throw new Error('not base64 text');
    value = (value << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[at++] = (value >> bits) & 0xff;
    }
  }
  return out.subarray(0, at);
}

// Int32: the rounds add in 32-bit integers throughout (the upper constants as negatives), never in doubles.
const K = Int32Array.from([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01,
  0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc,
  0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147,
  0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08,
  0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208,
  0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);

/**
 * SHA-256 as lowercase hex. Synchronous and dependency-free, so sealing a batch needs no async crypto API. Written for
 * speed (words read straight from the bytes, state in locals, no closures): every received batch is hashed, and a
 * simpler version was a fifth of merging three devices' batches.
 */
export function sha256Hex(data: Uint8Array): string {
  const length = data.length;
  const blocks = Math.ceil((length + 9) / 64);
  const padded = new Uint8Array(blocks * 64);
  padded.set(data);
  padded[length] = 0x80;
  const bitsHigh = Math.floor(length / 2 ** 29);
  const bitsLow = (length * 8) >>> 0;
  const end = padded.length;
  padded[end - 8] = bitsHigh >>> 24;
  padded[end - 7] = bitsHigh >>> 16;
  padded[end - 6] = bitsHigh >>> 8;
  padded[end - 5] = bitsHigh;
  padded[end - 4] = bitsLow >>> 24;
  padded[end - 3] = bitsLow >>> 16;
  padded[end - 2] = bitsLow >>> 8;
  padded[end - 1] = bitsLow;
  const w = new Int32Array(64);
  let h0 = 0x6a09e667 | 0;
  let h1 = 0xbb67ae85 | 0;
  let h2 = 0x3c6ef372 | 0;
  let h3 = 0xa54ff53a | 0;
  let h4 = 0x510e527f | 0;
  let h5 = 0x9b05688c | 0;
  let h6 = 0x1f83d9ab | 0;
  let h7 = 0x5be0cd19 | 0;
  for (let offset = 0; offset < end; offset += 64) {
    for (let t = 0, i = offset; t < 16; t++, i += 4) w[t] = (padded[i]! << 24) | (padded[i + 1]! << 16) | (padded[i + 2]! << 8) | padded[i + 3]!;
    for (let t = 16; t < 64; t++) {
      const x = w[t - 15]!;
      const y = w[t - 2]!;
      const s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
      const s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10);
      w[t] = (w[t - 16]! + s0 + w[t - 7]! + s1) | 0;
    }
    let a = h0;
    let b = h1;
    let c = h2;
    let d = h3;
    let e = h4;
    let f = h5;
    let g = h6;
    let h = h7;
    for (let t = 0; t < 64; t++) {
      const S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
      const t1 = (h + S1 + ((e & f) ^ (~e & g)) + K[t]! + w[t]!) | 0;
      const S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
      const t2 = (S0 + ((a & b) ^ (a & c) ^ (b & c))) | 0;
      h = g;
      g = f;
      f = e;
      e = (d + t1) | 0;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) | 0;
    }
    h0 = (h0 + a) | 0;
    h1 = (h1 + b) | 0;
    h2 = (h2 + c) | 0;
    h3 = (h3 + d) | 0;
    h4 = (h4 + e) | 0;
    h5 = (h5 + f) | 0;
    h6 = (h6 + g) | 0;
    h7 = (h7 + h) | 0;
  }
  return hex(h0) + hex(h1) + hex(h2) + hex(h3) + hex(h4) + hex(h5) + hex(h6) + hex(h7);
}

function hex(word: number): string {
  return (word >>> 0).toString(16).padStart(8, '0');
}

/** Thrown from inside JSON.stringify when a value needs the careful path (see canonicalJson). */
const CAREFUL = Symbol('careful');

function sortedKeys(keys: readonly string[]): boolean {
  for (let i = 1; i < keys.length; i++) if (keys[i - 1]! > keys[i]!) return false;
  return true;
}

/** A function or symbol: native JSON leaves it out of an object, the definition writes null. */
function unwritable(value: unknown): boolean {
  return typeof value === 'function' || typeof value === 'symbol';
}

/** Own keys as a plain object holds them: a copy can take them in sorted order unless one is `__proto__`. */
function copyKeys(from: Record<string, unknown>, keys: readonly string[], count: number, into: Record<string, unknown>): void {
  for (let i = 0; i < count; i++) {
    const k = keys[i]!;
    if (k === '__proto__') throw CAREFUL; // assigning it would set the copy's prototype instead
    into[k] = from[k];
  }
}

/**
 * The value with every object's keys in sorted order: returned as it is where it already is (a received batch is
 * mostly sorted below its ops), copied where not; the input is never changed. Anything the native serializer would
 * write differently from canonicalJsonCareful throws CAREFUL: a toJSON method, a function or symbol, an object that is
 * not plain, an array with holes, or keys an object cannot hold in sorted order (integer-like keys always come first).
 * A plain walk of the value, then one native JSON.stringify, costs a third of a replacer called for every value.
 */
function sortedCopy(value: object): unknown {
  const prototype: unknown = Object.getPrototypeOf(value);
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') throw CAREFUL;
  if (Array.isArray(value)) {
    // Only plain arrays: native JSON unboxes and calls toJSON where the definition does not.
    if (prototype !== Array.prototype) throw CAREFUL;
    let out: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      if (!(i in value)) throw CAREFUL; // a hole: the definition writes nothing there
      const item: unknown = value[i];
      let written = item;
      if (item !== null && typeof item === 'object') written = sortedCopy(item);
      else if (unwritable(item)) throw CAREFUL;
      if (!out && written !== item) out = value.slice(0, i);
      out?.push(written);
    }
    return out ?? value;
  }
  if (prototype !== Object.prototype && prototype !== null) throw CAREFUL;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  const inOrder = sortedKeys(keys);
  if (!inOrder) keys.sort();
  let out: Record<string, unknown> | undefined = inOrder ? undefined : {};
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    const item = record[k];
    let written = item;
    if (item !== null && typeof item === 'object') written = sortedCopy(item);
    else if (unwritable(item)) throw CAREFUL;
    if (!out && written !== item) copyKeys(record, keys, i, (out = {}));
    if (out) {
      if (k === '__proto__') throw CAREFUL;
      out[k] = written;
    }
  }
  if (out && !sortedKeys(Object.keys(out))) throw CAREFUL; // integer-like keys went first
  return out ?? value;
}

/**
 * JSON with object keys sorted at every level, so equal values always hash alike. The native serializer does the
 * writing (a batch's hash is mostly this, and a hand-built string also had to be flattened before encoding) of a copy
 * sorted where needed; whatever it would write differently falls back to the careful version, so the text is the same
 * for every value.
 */
export function canonicalJson(value: unknown): string {
  try {
    if (value !== null && typeof value === 'object') return JSON.stringify(sortedCopy(value));
    if (unwritable(value)) throw CAREFUL;
    return JSON.stringify(value) ?? 'null';
  } catch (error) {
    if (error !== CAREFUL) throw error;
    return canonicalJsonCareful(value);
  }
}

/** The definition: keys sorted by UTF-16 code units, undefined properties left out, undefined in arrays as null. */
export function canonicalJsonCareful(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJsonCareful(v))).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJsonCareful(v)}`).join(',')}}`;
}
