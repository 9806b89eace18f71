'use strict';
// require('zlib'): the convenience methods (gzip/gunzip, deflate/inflate, deflateRaw/inflateRaw,
// unzip, each with a callback and a Sync form) and crc32, over core/codec's compressor and
// decompressor (natives: core/binding/natives/zlib.cpp).
//
// An asynchronous call computes its result (or its error) when called, then queues the request's
// cost on the thread pool (natives.submit): the callback runs in the poll phase when the pool is
// done. A Sync call blocks the JS thread for the same cost (natives.charge). Decompressed bytes are
// node's exactly; compressed bytes are valid DEFLATE but not always zlib's (their length differs
// from node's for all but short inputs). Streams (createGzip, ...) and brotli are not modelled yet.

const natives = binding('zlib');
const { codedError, invalidArgType, outOfRange, notModelled, validateFunction } = require('internal/errors');

const isView = ArrayBuffer.isView;
const kMaxLength = 2 ** 32;

const constants = {
  Z_NO_FLUSH: 0, Z_PARTIAL_FLUSH: 1, Z_SYNC_FLUSH: 2, Z_FULL_FLUSH: 3, Z_FINISH: 4, Z_BLOCK: 5,
  Z_OK: 0, Z_STREAM_END: 1, Z_NEED_DICT: 2, Z_ERRNO: -1, Z_STREAM_ERROR: -2, Z_DATA_ERROR: -3,
  Z_MEM_ERROR: -4, Z_BUF_ERROR: -5, Z_VERSION_ERROR: -6,
  Z_NO_COMPRESSION: 0, Z_BEST_SPEED: 1, Z_BEST_COMPRESSION: 9, Z_DEFAULT_COMPRESSION: -1,
  Z_FILTERED: 1, Z_HUFFMAN_ONLY: 2, Z_RLE: 3, Z_FIXED: 4, Z_DEFAULT_STRATEGY: 0,
};
const codes = {
  Z_OK: 0, Z_STREAM_END: 1, Z_NEED_DICT: 2, Z_ERRNO: -1, Z_STREAM_ERROR: -2, Z_DATA_ERROR: -3,
  Z_MEM_ERROR: -4, Z_BUF_ERROR: -5, Z_VERSION_ERROR: -6,
};
for (const name of Object.keys(codes)) codes[codes[name]] = name;

let BufferClass;
function getBuffer() {
  if (BufferClass === undefined) {
    try {
      BufferClass = require('buffer').Buffer || null;
    } catch {
      BufferClass = null;
    }
  }
  return BufferClass;
}

function toBuffer(bytes) {
  const Buffer = getBuffer();
  return Buffer ? Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length) : bytes;
}

function utf8Bytes(text) {
  const Buffer = getBuffer();
  if (Buffer) {
    const buffer = Buffer.from(text, 'utf8');
    return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.length);
  }
  return new TextEncoder().encode(text);
}

// The input as a Uint8Array: a string (utf8), an ArrayBuffer or any view.
function inputBytes(buffer) {
  if (typeof buffer === 'string') return utf8Bytes(buffer);
  if (buffer instanceof ArrayBuffer) return new Uint8Array(buffer);
  if (isView(buffer)) return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  throw invalidArgType('buffer', ['string', 'instance of Buffer', 'instance of TypedArray', 'instance of DataView',
    'instance of ArrayBuffer'], buffer);
}

// node's checkRangesOrGetDefault for one option.
function optionInRange(options, name, lower, upper, fallback) {
  const value = options[name];
  if (value === undefined) return fallback;
  if (typeof value !== 'number') throw invalidArgType('options.' + name, 'number', value);
  if (!Number.isFinite(value)) throw outOfRange('options.' + name, 'a finite number', value);
  if (value < lower || value > upper) {
    throw outOfRange('options.' + name, '>= ' + lower + ' and <= ' + upper, value);
  }
  return value;
}

function readOptions(options) {
  if (options === undefined || options === null) options = {};
  return {
    level: optionInRange(options, 'level', -1, 9, -1),
    maxOutputLength: optionInRange(options, 'maxOutputLength', 1, kMaxLength, kMaxLength),
  };
}

// node's error for a failed (de)compression: an Error with errno and code, or the RangeError of a
// result above maxOutputLength.
function zlibError(failure, options) {
  if (failure[1] === 'ERR_BUFFER_TOO_LARGE') {
    return codedError(RangeError, 'ERR_BUFFER_TOO_LARGE',
      'Cannot create a Buffer larger than ' + options.maxOutputLength + ' bytes');
  }
  const error = new Error(failure[0]);
  error.errno = failure[2];
  error.code = failure[1];
  return error;
}

const kCompressing = { deflate: true, gzip: true, deflateRaw: true, inflate: false, gunzip: false,
  inflateRaw: false, unzip: false };

// Runs `mode` now: { result } or { error }, and the byte count its cost is measured by.
function run(mode, data, options) {
  const result = natives.run(mode, data, options.level, options.maxOutputLength);
  if (!isView(result)) return { error: zlibError(result, options), size: 0 };
  return { result: toBuffer(result), size: kCompressing[mode] ? data.length : result.length };
}

function asyncForm(mode) {
  return function(buffer, options, callback) {
    if (typeof options === 'function') {
      callback = options;
      options = {};
    }
    const settings = readOptions(options);
    validateFunction(callback, 'callback');
    const data = inputBytes(buffer);
    const outcome = run(mode, data, settings);
    if (outcome.error) {
      natives.submit(kCompressing[mode], outcome.size, callback, outcome.error);
    } else {
      natives.submit(kCompressing[mode], outcome.size, callback, null, outcome.result);
    }
  };
}

function syncForm(mode) {
  return function(buffer, options) {
    const settings = readOptions(options);
    const data = inputBytes(buffer);
    const outcome = run(mode, data, settings);
    natives.charge(kCompressing[mode], outcome.size);
    if (outcome.error) throw outcome.error;
    return outcome.result;
  };
}

function crc32(data, value = 0) {
  let bytes;
  if (typeof data === 'string') bytes = utf8Bytes(data);
  else if (isView(data)) bytes = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  else {
    throw invalidArgType('data', ['string', 'instance of Buffer', 'instance of TypedArray', 'instance of DataView'],
      data);
  }
  if (typeof value !== 'number') throw invalidArgType('value', 'number', value);
  if (!Number.isInteger(value) || value < 0 || value > 4294967295) {
    throw outOfRange('value', '>= 0 && <= 4294967295', value);
  }
  return natives.crc32(bytes, value);
}

function notModelledFunction(name) {
  return function() {
    throw notModelled('zlib.' + name);
  };
}

module.exports = { constants, codes, crc32 };
for (const mode of Object.keys(kCompressing)) {
  module.exports[mode] = asyncForm(mode);
  module.exports[mode + 'Sync'] = syncForm(mode);
}
for (const name of ['createGzip', 'createGunzip', 'createDeflate', 'createInflate', 'createDeflateRaw',
  'createInflateRaw', 'createUnzip', 'createBrotliCompress', 'createBrotliDecompress', 'brotliCompress',
  'brotliCompressSync', 'brotliDecompress', 'brotliDecompressSync']) {
  module.exports[name] = notModelledFunction(name);
}
for (const name of Object.keys(constants)) module.exports[name] = constants[name];
