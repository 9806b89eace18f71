'use strict';
// require('crypto'): hashes, HMACs, key derivation (pbkdf2, scrypt) and random bytes, over the
// algorithms of core/codec (natives: core/binding/natives/crypto.cpp).
//
// Timing is the point of this module in Looplab: crypto.pbkdf2, scrypt and randomBytes with a
// callback are thread-pool requests. Each computes its result when called (a pure native), then
// natives.submit() queues the request's cost on the pool (core/node/pool_requests.h) and the
// callback gets the result in the poll phase when the pool is done. The Sync forms compute the
// same and block the JS thread for the same cost (natives.charge). Hashing and HMACs cost only the
// instructions that run them, like node's (they are fast and synchronous).
//
// Randomness is deterministic: the generator's state lives in this module (seeded the same way in
// every run), so a scenario replays byte for byte. Do not print random values in oracle scripts.

const natives = binding('crypto');
const {
  codedError, describeReceived, invalidArgType, invalidArgValue, outOfRange, notModelled, validateFunction, validateString,
  validateInteger,
} = require('internal/errors');

const isView = ArrayBuffer.isView;
const kState = Symbol('kState');
const kMaxInt32 = 2147483647;
// Larger work than this is refused rather than computed for minutes (node would block as long).
const kMaxPbkdf2Iterations = 10000000;
const kMaxScryptMemory = 256 * 1024 * 1024;
const kScryptDefaults = { N: 16384, r: 8, p: 1, maxmem: 32 << 20 };
const kHashes = ['md5', 'sha1', 'sha256', 'sha512'];

let BufferClass;
function toBuffer(bytes) {
  if (BufferClass === undefined) {
    try {
      BufferClass = require('buffer').Buffer || null;
    } catch {
      BufferClass = null;
    }
  }
  return BufferClass ? BufferClass.from(bytes.buffer, bytes.byteOffset, bytes.length) : bytes;
}

function normalizeEncoding(encoding) {
  if (typeof encoding !== 'string') return undefined;
  const lower = encoding.toLowerCase();
  if (lower === 'utf-8') return 'utf8';
  if (lower === 'utf-16le' || lower === 'ucs-2') return 'utf16le';
  return lower;
}

// A copy of `data` as a Uint8Array: a string in `encoding`, or any ArrayBuffer view.
function viewBytes(data) {
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}

function stringBytes(data, encoding) {
  return natives.toBytes(data, normalizeEncoding(encoding) || 'utf8');
}

// node's getArrayBufferOrView: strings, ArrayBuffers and views.
function keyMaterial(value, name) {
  if (typeof value === 'string') return stringBytes(value, 'utf8');
  if (value instanceof ArrayBuffer) return new Uint8Array(value);
  if (isView(value)) return new Uint8Array(viewBytes(value));
  throw invalidArgType(name, ['string', 'instance of ArrayBuffer', 'instance of Buffer', 'instance of TypedArray',
    'instance of DataView'], value);
}

function encodeDigest(bytes, encoding) {
  const enc = normalizeEncoding(encoding);
  if (enc === 'hex' || enc === 'base64' || enc === 'base64url' || enc === 'latin1' || enc === 'binary' ||
      enc === 'ascii') {
    return natives.fromBytes(bytes, enc);
  }
  if (enc === 'utf8' || enc === 'utf16le' || enc === 'ucs2') {
    // Buffer's decoders replace invalid sequences exactly as node does.
    const buffer = toBuffer(bytes);
    return buffer === bytes ? natives.fromBytes(bytes, enc) : buffer.toString(enc);
  }
  return toBuffer(bytes);
}

// ---- Hash and Hmac ----
// The data is kept until digest() (the natives hash it in one go); update() copies what it gets,
// so later changes to a caller's buffer do not leak in.

function updateState(state, data, encoding) {
  if (state.finalized) throw codedError(Error, 'ERR_CRYPTO_HASH_FINALIZED', 'Digest already called');
  if (typeof data === 'string') {
    const enc = normalizeEncoding(encoding) || 'utf8';
    if (enc === 'hex' && data.length % 2 !== 0) {
      throw invalidArgValue('encoding', encoding, 'is invalid for data of length ' + data.length);
    }
    state.chunks.push(stringBytes(data, enc));
  } else if (isView(data)) {
    state.chunks.push(new Uint8Array(viewBytes(data)));
  } else {
    throw invalidArgType('data', ['string', 'instance of Buffer', 'instance of TypedArray', 'instance of DataView'],
      data);
  }
}

function finishState(state, encoding) {
  if (state.finalized) throw codedError(Error, 'ERR_CRYPTO_HASH_FINALIZED', 'Digest already called');
  state.finalized = true;
  const bytes = natives.digest(state.algorithm, state.chunks, state.key);
  state.chunks = [];
  return encodeDigest(bytes, encoding);
}

class Hash {
  constructor(algorithm, options) {
    if (typeof algorithm !== 'string') throw invalidArgType('algorithm', 'string', algorithm);
    if (!natives.isDigest(algorithm)) throw new Error('Digest method not supported');
    void options;
    this[kState] = { algorithm, chunks: [], key: undefined, finalized: false };
  }

  update(data, encoding) {
    updateState(this[kState], data, encoding);
    return this;
  }

  digest(encoding) {
    return finishState(this[kState], encoding);
  }

  copy() {
    const state = this[kState];
    if (state.finalized) throw codedError(Error, 'ERR_CRYPTO_HASH_FINALIZED', 'Digest already called');
    const copy = new Hash(state.algorithm);
    copy[kState].chunks = state.chunks.slice();
    return copy;
  }
}

class Hmac {
  constructor(hmac, key, options) {
    validateString(hmac, 'hmac');
    if (!natives.isDigest(hmac)) throw codedError(TypeError, 'ERR_CRYPTO_INVALID_DIGEST', 'Invalid digest: ' + hmac);
    let bytes;
    if (typeof key === 'string') bytes = stringBytes(key, options && options.encoding);
    else if (key instanceof ArrayBuffer) bytes = new Uint8Array(key);
    else if (isView(key)) bytes = new Uint8Array(viewBytes(key));
    else {
      throw invalidArgType('key', ['string', 'instance of ArrayBuffer', 'instance of Buffer',
        'instance of TypedArray', 'instance of DataView', 'instance of KeyObject', 'instance of CryptoKey'], key);
    }
    this[kState] = { algorithm: hmac, chunks: [], key: bytes, finalized: false };
  }

  update(data, encoding) {
    updateState(this[kState], data, encoding);
    return this;
  }

  digest(encoding) {
    const state = this[kState];
    // node: a second digest() of an Hmac returns an empty result rather than throwing.
    if (state.finalized) return encodeDigest(new Uint8Array(0), encoding);
    return finishState(state, encoding);
  }
}

function createHash(algorithm, options) {
  return new Hash(algorithm, options);
}

function createHmac(hmac, key, options) {
  return new Hmac(hmac, key, options);
}

function hash(algorithm, data, outputEncoding = 'hex') {
  return createHash(algorithm).update(data).digest(outputEncoding);
}

// ---- pbkdf2 ----

// Identical derivations (a lesson starting six equal pbkdf2 calls) are computed once per run.
const derived = new Map();
const kMaxRemembered = 32;

function remember(key, compute) {
  let bytes = derived.get(key);
  if (bytes === undefined) {
    bytes = compute();
    if (derived.size >= kMaxRemembered) derived.delete(derived.keys().next().value);
    derived.set(key, bytes);
  }
  return new Uint8Array(bytes);
}

function checkPbkdf2(password, salt, iterations, keylen, digest) {
  validateString(digest, 'digest');
  password = keyMaterial(password, 'password');
  salt = keyMaterial(salt, 'salt');
  validateInteger(iterations, 'iterations', 1, kMaxInt32);
  validateInteger(keylen, 'keylen', 0, kMaxInt32);
  if (!natives.isDigest(digest)) throw codedError(TypeError, 'ERR_CRYPTO_INVALID_DIGEST', 'Invalid digest: ' + digest);
  if (iterations > kMaxPbkdf2Iterations) {
    throw notModelled('crypto.pbkdf2 with more than ' + kMaxPbkdf2Iterations + ' iterations');
  }
  return { password, salt, iterations, keylen, digest };
}

function derivePbkdf2(job) {
  const id = 'pbkdf2|' + job.digest.toLowerCase() + '|' + job.iterations + '|' + job.keylen + '|' +
    natives.fromBytes(job.password, 'hex') + '|' + natives.fromBytes(job.salt, 'hex');
  return remember(id, () => natives.pbkdf2(job.password, job.salt, job.iterations, job.keylen, job.digest));
}

function pbkdf2(password, salt, iterations, keylen, digest, callback) {
  if (typeof digest === 'function') {
    callback = digest;
    digest = undefined;
  }
  const job = checkPbkdf2(password, salt, iterations, keylen, digest);
  validateFunction(callback, 'callback');
  const key = toBuffer(derivePbkdf2(job));
  natives.submit('pbkdf2', job.iterations, job.digest, undefined, callback, null, key);
}

function pbkdf2Sync(password, salt, iterations, keylen, digest) {
  const job = checkPbkdf2(password, salt, iterations, keylen, digest);
  const key = derivePbkdf2(job);
  natives.charge('pbkdf2', job.iterations, job.digest);
  return toBuffer(key);
}

// ---- scrypt ----

function validateUint32(value, name) {
  validateInteger(value, name, 0, 4294967295);
}

function scryptParamsError(detail) {
  return codedError(RangeError, 'ERR_CRYPTO_INVALID_SCRYPT_PARAMS',
    'Invalid scrypt params' + (detail ? ': ' + detail : ''));
}

function checkScrypt(password, salt, keylen, options) {
  password = keyMaterial(password, 'password');
  salt = keyMaterial(salt, 'salt');
  validateInteger(keylen, 'keylen', 0, kMaxInt32);
  let { N, r, p, maxmem } = kScryptDefaults;
  if (options && options !== kScryptDefaults) {
    const hasN = options.N !== undefined;
    if (hasN) {
      N = options.N;
      validateUint32(N, 'N');
    }
    if (options.cost !== undefined) {
      if (hasN) throw codedError(Error, 'ERR_CRYPTO_SCRYPT_INVALID_PARAMETER', 'Invalid scrypt parameter');
      N = options.cost;
      validateUint32(N, 'cost');
    }
    const hasR = options.r !== undefined;
    if (hasR) {
      r = options.r;
      validateUint32(r, 'r');
    }
    if (options.blockSize !== undefined) {
      if (hasR) throw codedError(Error, 'ERR_CRYPTO_SCRYPT_INVALID_PARAMETER', 'Invalid scrypt parameter');
      r = options.blockSize;
      validateUint32(r, 'blockSize');
    }
    const hasP = options.p !== undefined;
    if (hasP) {
      p = options.p;
      validateUint32(p, 'p');
    }
    if (options.parallelization !== undefined) {
      if (hasP) throw codedError(Error, 'ERR_CRYPTO_SCRYPT_INVALID_PARAMETER', 'Invalid scrypt parameter');
      p = options.parallelization;
      validateUint32(p, 'parallelization');
    }
    if (options.maxmem !== undefined) {
      maxmem = options.maxmem;
      validateInteger(maxmem, 'maxmem', 0);
    }
    if (N === 0) N = kScryptDefaults.N;
    if (r === 0) r = kScryptDefaults.r;
    if (p === 0) p = kScryptDefaults.p;
    if (maxmem === 0) maxmem = kScryptDefaults.maxmem;
  }
  // OpenSSL's checks: N a power of two above 1, r * p < 2^30, N < 2^(16 r), and the memory it
  // needs (128 r p for B, 128 r (N + 2) for V) within maxmem.
  if (N < 2 || (N & (N - 1)) !== 0 || r * p >= 2 ** 30 || (16 * r < 53 && N >= 2 ** (16 * r))) {
    throw scryptParamsError();
  }
  const memory = 128 * r * p + 128 * r * (N + 2);
  if (memory > maxmem) {
    throw scryptParamsError('error:030000AC:digital envelope routines::memory limit exceeded');
  }
  if (memory > kMaxScryptMemory) throw notModelled('crypto.scrypt with more than 256 MB of memory');
  return { password, salt, keylen, N, r, p };
}

function deriveScrypt(job) {
  const id = 'scrypt|' + job.N + '|' + job.r + '|' + job.p + '|' + job.keylen + '|' +
    natives.fromBytes(job.password, 'hex') + '|' + natives.fromBytes(job.salt, 'hex');
  return remember(id, () => natives.scrypt(job.password, job.salt, job.keylen, job.N, job.r, job.p));
}

function scrypt(password, salt, keylen, options, callback = kScryptDefaults) {
  if (callback === kScryptDefaults) {
    callback = options;
    options = kScryptDefaults;
  }
  const job = checkScrypt(password, salt, keylen, options);
  validateFunction(callback, 'callback');
  const key = toBuffer(deriveScrypt(job));
  natives.submit('scrypt', job.N, job.r, job.p, callback, null, key);
}

function scryptSync(password, salt, keylen, options = kScryptDefaults) {
  const job = checkScrypt(password, salt, keylen, options);
  const key = deriveScrypt(job);
  natives.charge('scrypt', job.N, job.r, job.p);
  return toBuffer(key);
}

// ---- randomness ----

// xoshiro128** state, the same at the start of every run.
const randomState = new Uint32Array([0x9e3779b9, 0x243f6a88, 0xb7e15162, 0x5851f42d]);

function validateSize(size) {
  if (typeof size !== 'number') throw invalidArgType('size', 'number', size);
  if (!(size >= 0 && size <= kMaxInt32)) throw outOfRange('size', '>= 0 && <= ' + kMaxInt32, size);
  return Math.floor(size);
}

function randomBytes(size, callback) {
  size = validateSize(size);
  if (callback !== undefined) validateFunction(callback, 'callback');
  const bytes = toBuffer(natives.random(randomState, size));
  if (callback === undefined) {
    natives.charge('randomBytes', size);
    return bytes;
  }
  natives.submit('randomBytes', size, undefined, undefined, callback, null, bytes);
}

function randomFillSync(buffer, offset = 0, size) {
  if (!isView(buffer) && !(buffer instanceof ArrayBuffer)) {
    throw invalidArgType('buf', ['instance of ArrayBuffer', 'instance of ArrayBufferView'], buffer);
  }
  const view = buffer instanceof ArrayBuffer ? new Uint8Array(buffer) : viewBytes(buffer);
  const count = size === undefined ? view.length - offset : size;
  view.set(natives.random(randomState, count), offset);
  return buffer;
}

function randomFill(buffer, offset, size, callback) {
  if (typeof offset === 'function') {
    callback = offset;
    offset = 0;
    size = undefined;
  } else if (typeof size === 'function') {
    callback = size;
    size = undefined;
  }
  validateFunction(callback, 'callback');
  randomFillSync(buffer, offset, size);
  const bytes = size === undefined ? (buffer.byteLength - offset) : size;
  natives.submit('randomBytes', bytes, undefined, undefined, callback, null, buffer);
}

function getRandomValues(array) {
  return randomFillSync(array);
}

function randomUUID(options) {
  void options;
  const bytes = natives.random(randomState, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x40;  // version 4
  bytes[8] = (bytes[8] & 0x3f) | 0x80;  // variant 10
  const hex = natives.fromBytes(bytes, 'hex');
  return hex.slice(0, 8) + '-' + hex.slice(8, 12) + '-' + hex.slice(12, 16) + '-' + hex.slice(16, 20) + '-' +
    hex.slice(20);
}

// randomInt([min, ]max[, callback]): uniform in [min, max), by rejection sampling over 48 bits.
function randomInt(min, max, callback) {
  const minNotSpecified = typeof max === 'undefined' || typeof max === 'function';
  if (minNotSpecified) {
    callback = max;
    max = min;
    min = 0;
  }
  if (callback !== undefined) validateFunction(callback, 'callback');
  for (const [name, value] of [['min', min], ['max', max]]) {
    if (!Number.isSafeInteger(value)) {
      throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE',
        'The "' + name + '" argument must be a safe integer. ' + describeReceived(value));
    }
  }
  if (max <= min) {
    throw outOfRange('max', 'greater than the value of "min" (' + min + ')', max);
  }
  const range = max - min;
  if (!(range <= 2 ** 48)) {
    throw outOfRange('max - min', '<= ' + (2 ** 48), range);
  }
  const limit = 2 ** 48 - (2 ** 48 % range);
  let value;
  do {
    const b = natives.random(randomState, 6);
    value = ((b[0] * 256 + b[1]) * 256 + b[2]) * 16777216 + (b[3] * 256 + b[4]) * 256 + b[5];
  } while (value >= limit);
  const result = min + (value % range);
  if (callback === undefined) return result;
  natives.submit('randomBytes', 6, undefined, undefined, callback, undefined, result);
}

// ---- the rest ----

function timingSafeEqual(buf1, buf2) {
  for (const [name, value] of [['buf1', buf1], ['buf2', buf2]]) {
    if (!isView(value) && !(value instanceof ArrayBuffer)) {
      throw invalidArgType(name, ['instance of ArrayBuffer', 'instance of Buffer', 'instance of TypedArray',
        'instance of DataView'], value);
    }
  }
  const a = buf1 instanceof ArrayBuffer ? new Uint8Array(buf1) : viewBytes(buf1);
  const b = buf2 instanceof ArrayBuffer ? new Uint8Array(buf2) : viewBytes(buf2);
  if (a.length !== b.length) {
    throw codedError(RangeError, 'ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH', 'Input buffers must have the same byte length');
  }
  return natives.timingSafeEqual(a, b);
}

function getHashes() {
  return kHashes.slice();
}

function notModelledFunction(name) {
  return function() {
    throw notModelled('crypto.' + name);
  };
}

module.exports = {
  createHash,
  createHmac,
  hash,
  Hash,
  Hmac,
  getHashes,
  pbkdf2,
  pbkdf2Sync,
  scrypt,
  scryptSync,
  randomBytes,
  randomFill,
  randomFillSync,
  randomInt,
  randomUUID,
  getRandomValues,
  timingSafeEqual,
};
for (const name of ['createCipheriv', 'createDecipheriv', 'createSign', 'createVerify', 'createECDH',
  'createDiffieHellman', 'generateKeyPair', 'generateKeyPairSync', 'createPrivateKey', 'createPublicKey',
  'createSecretKey', 'publicEncrypt', 'privateDecrypt', 'sign', 'verify', 'hkdf', 'hkdfSync']) {
  module.exports[name] = notModelledFunction(name);
}
