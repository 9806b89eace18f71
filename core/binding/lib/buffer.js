'use strict';
// require('buffer') and the global Buffer. As in node, a Buffer is a Uint8Array whose prototype
// is Buffer.prototype: an internal subclass (FastBuffer) makes the instances, and its prototype
// is Buffer.prototype, whose `constructor` is Buffer. Buffer itself is a plain function (the
// deprecated `Buffer(x)` / `new Buffer(x)` forms), and Symbol.species on it (inherited from
// %TypedArray%) makes subarray / map / filter return Buffers too.
//
// Argument checks and errors are here, in node's words; the byte work (text encodings, compare,
// search, copy, floats) is in the natives (core/binding/natives/buffer.cpp). Memory from
// allocUnsafe is zeroed like alloc's: the simulation is deterministic, there is no old memory.

const natives = binding('buffer');
const { codedError, invalidArgType, outOfRange } = require('internal/errors');

const kMaxLength = 2 ** 32;
const kStringMaxLength = 2 ** 29 - 24;
const INSPECT_MAX_BYTES = 50;
const customInspect = Symbol.for('nodejs.util.inspect.custom');
const TypedArrayProto = Object.getPrototypeOf(Uint8Array.prototype);
const typedArrayLength = Object.getOwnPropertyDescriptor(TypedArrayProto, 'length').get;
const isView = ArrayBuffer.isView;

class FastBuffer extends Uint8Array {
  // eslint-disable-next-line no-useless-constructor
  constructor(bufferOrLength, byteOffset, length) {
    super(bufferOrLength, byteOffset, length);
  }
}

// The encodings, in the natives' numbering.
const ENCODINGS = ['utf8', 'hex', 'base64', 'base64url', 'latin1', 'ascii', 'utf16le'];
const UTF8 = 0;

// An encoding name to its number; -1 when unknown.
function encodingIndex(encoding) {
  if (encoding === undefined || encoding === null || encoding === 'utf8' || encoding === 'utf-8') return UTF8;
  const name = String(encoding).toLowerCase();
  switch (name) {
    case 'utf8': case 'utf-8': return 0;
    case 'hex': return 1;
    case 'base64': return 2;
    case 'base64url': return 3;
    case 'latin1': case 'binary': return 4;
    case 'ascii': return 5;
    case 'ucs2': case 'ucs-2': case 'utf16le': case 'utf-16le': return 6;
    default: return -1;
  }
}

function checkedEncoding(encoding) {
  const index = encodingIndex(encoding);
  if (index === -1 || (encoding !== undefined && encoding !== null && typeof encoding !== 'string')) {
    throw codedError(TypeError, 'ERR_UNKNOWN_ENCODING', 'Unknown encoding: ' + encoding);
  }
  return index;
}

function isUint8Array(value) {
  return isView(value) && value instanceof Uint8Array;
}

function validateSize(size) {
  if (typeof size !== 'number') throw invalidArgType('size', 'number', size);
  if (!(size >= 0 && size <= kMaxLength)) {
    throw outOfRange('size', '>= 0 && <= ' + kMaxLength, size);
  }
}

function Buffer(arg, encodingOrOffset, length) {
  if (typeof arg === 'number') {
    if (typeof encodingOrOffset === 'string') throw invalidArgType('string', 'string', arg);
    return Buffer.alloc(arg);
  }
  return Buffer.from(arg, encodingOrOffset, length);
}

Object.defineProperty(Buffer, 'prototype', { value: FastBuffer.prototype, writable: false, enumerable: false, configurable: false });
Object.defineProperty(FastBuffer.prototype, 'constructor', { value: Buffer, writable: true, enumerable: false, configurable: true });
Object.setPrototypeOf(Buffer, Uint8Array);

function fromString(string, encoding) {
  const index = checkedEncoding(encoding);
  const length = natives.byteLength(string, index);
  const buf = new FastBuffer(length);
  const written = natives.write(buf, string, index, 0, length);
  return written === length ? buf : new FastBuffer(buf.buffer, 0, written);
}

function fromArrayLike(source) {
  const length = source.length >>> 0;
  const buf = new FastBuffer(length);
  for (let i = 0; i < length; i++) buf[i] = source[i];
  return buf;
}

function fromArrayBuffer(arrayBuffer, byteOffset, length) {
  const total = arrayBuffer.byteLength;
  let offset = byteOffset === undefined ? 0 : +byteOffset;
  if (offset !== offset) offset = 0;
  offset = Math.trunc(offset);
  if (offset > total) throw codedError(RangeError, 'ERR_BUFFER_OUT_OF_BOUNDS', '"offset" is outside of buffer bounds');
  let count;
  if (length === undefined) {
    count = total - offset;
  } else {
    count = +length;
    count = count !== count || count < 0 ? 0 : Math.trunc(count);
    if (count > total - offset) throw codedError(RangeError, 'ERR_BUFFER_OUT_OF_BOUNDS', '"length" is outside of buffer bounds');
  }
  return new FastBuffer(arrayBuffer, offset, count);
}

const fromMessage = 'The first argument must be of type string or an instance of Buffer, ArrayBuffer, or Array or an Array-like Object.';

function invalidFrom(value) {
  const error = invalidArgType('first argument', 'string', value);
  const received = error.message.slice(error.message.indexOf('. Received') + 2);
  return codedError(TypeError, 'ERR_INVALID_ARG_TYPE', fromMessage + ' ' + received);
}

Buffer.from = function from(value, encodingOrOffset, length) {
  if (typeof value === 'string') return fromString(value, encodingOrOffset);
  if (typeof value === 'object' && value !== null) {
    if (value instanceof ArrayBuffer) return fromArrayBuffer(value, encodingOrOffset, length);
    const valueOf = value.valueOf && value.valueOf();
    if (valueOf != null && valueOf !== value && (typeof valueOf === 'string' || typeof valueOf === 'object')) {
      return Buffer.from(valueOf, encodingOrOffset, length);
    }
    if (isView(value)) {
      if (isUint8Array(value)) {
        const buf = new FastBuffer(typedArrayLength.call(value));
        natives.copy(value, buf, 0, 0, value.byteLength);
        return buf;
      }
      return fromArrayLike(value);
    }
    if (value.length !== undefined) {
      if (typeof value.length !== 'number') return new FastBuffer(0);
      return fromArrayLike(value);
    }
    if (value.type === 'Buffer' && Array.isArray(value.data)) return fromArrayLike(value.data);
    if (typeof value[Symbol.toPrimitive] === 'function') {
      const primitive = value[Symbol.toPrimitive]('string');
      if (typeof primitive === 'string') return fromString(primitive, encodingOrOffset);
    }
  }
  throw invalidFrom(value);
};

Buffer.of = function of(...items) {
  return fromArrayLike(items);
};

Buffer.alloc = function alloc(size, fill, encoding) {
  validateSize(size);
  const buf = new FastBuffer(size);
  if (fill !== undefined && fill !== 0 && size > 0) buf.fill(fill, encoding);
  return buf;
};

Buffer.allocUnsafe = function allocUnsafe(size) {
  validateSize(size);
  return new FastBuffer(size);
};

Buffer.allocUnsafeSlow = function allocUnsafeSlow(size) {
  validateSize(size);
  return new FastBuffer(size);
};

Buffer.isBuffer = function isBuffer(b) {
  return b instanceof Buffer;
};

Buffer.isEncoding = function isEncoding(encoding) {
  return typeof encoding === 'string' && encoding.length !== 0 && encodingIndex(encoding) !== -1;
};

Buffer.byteLength = function byteLength(string, encoding) {
  if (typeof string !== 'string') {
    if (isView(string) || string instanceof ArrayBuffer) return string.byteLength;
    throw invalidArgType('string', ['string', 'instance of Buffer', 'instance of ArrayBuffer'], string);
  }
  let index = encodingIndex(encoding);
  if (index === -1) index = UTF8;
  return natives.byteLength(string, index);
};

Buffer.compare = function compare(buf1, buf2) {
  if (!isUint8Array(buf1)) throw invalidArgType('buf1', ['instance of Buffer', 'instance of Uint8Array'], buf1);
  if (!isUint8Array(buf2)) throw invalidArgType('buf2', ['instance of Buffer', 'instance of Uint8Array'], buf2);
  return natives.compare(buf1, buf2);
};

Buffer.concat = function concat(list, length) {
  if (!Array.isArray(list)) throw invalidArgType('list', 'instance of Array', list);
  if (list.length === 0) return new FastBuffer(0);
  if (length === undefined) {
    length = 0;
    for (let i = 0; i < list.length; i++) {
      if (list[i].length) length += list[i].length;
    }
  } else {
    validateOffset(length, 'length');
  }
  const buffer = Buffer.allocUnsafe(length);
  let pos = 0;
  for (let i = 0; i < list.length; i++) {
    const buf = list[i];
    if (!isUint8Array(buf)) {
      throw invalidArgType('list[' + i + ']', ['instance of Buffer', 'instance of Uint8Array'], buf);
    }
    pos += natives.copy(buf, buffer, pos, 0, buf.byteLength);
  }
  if (pos < length) buffer.fill(0, pos, length);
  return buffer;
};

Buffer.poolSize = 8 * 1024;

// ---- Buffer.prototype ----

const proto = Buffer.prototype;

function defineMethods(target, methods) {
  for (const name of Object.keys(methods)) {
    Object.defineProperty(target, name, { value: methods[name], writable: true, enumerable: false, configurable: true });
  }
}

function validateOffset(value, name, min = 0, max = Number.MAX_SAFE_INTEGER) {
  if (typeof value !== 'number') throw invalidArgType(name, 'number', value);
  if (!Number.isInteger(value)) throw outOfRange(name, 'an integer', value);
  if (value < min || value > max) throw outOfRange(name, '>= ' + min + ' && <= ' + max, value);
}

// The bounds check of node's read/write helpers: an integer offset with `size` bytes available.
function checkBounds(buf, offset, size) {
  if (typeof offset !== 'number') throw invalidArgType('offset', 'number', offset);
  if (!Number.isInteger(offset)) throw outOfRange('offset', 'an integer', offset);
  const last = buf.length - size;
  if (last < 0) throw codedError(RangeError, 'ERR_BUFFER_OUT_OF_BOUNDS', 'Attempt to access memory outside buffer bounds');
  if (offset < 0 || offset > last) throw outOfRange('offset', '>= 0 and <= ' + last, offset);
}

function readUnsigned(buf, offset, size, little) {
  if (offset === undefined) offset = 0;
  checkBounds(buf, offset, size);
  let value = 0;
  for (let i = 0; i < size; i++) {
    const byte = buf[little ? offset + size - 1 - i : offset + i];
    value = value * 256 + byte;
  }
  return value;
}

function readSigned(buf, offset, size, little) {
  const value = readUnsigned(buf, offset, size, little);
  const limit = 2 ** (8 * size - 1);
  return value >= limit ? value - 2 * limit : value;
}

function writeInteger(buf, value, offset, size, little, min, max) {
  if (offset === undefined) offset = 0;
  if (typeof value !== 'number') value = +value;
  if (value > max || value < min) {
    let range = '>= ' + min + ' and <= ' + max;
    if (size > 4) range = '>= ' + min + ' and < 2 ** ' + 8 * size;
    throw outOfRange('value', range, value);
  }
  checkBounds(buf, offset, size);
  let v = Math.trunc(value);
  if (v < 0) v += 2 ** (8 * size);
  for (let i = 0; i < size; i++) {
    const byte = v % 256;
    v = (v - byte) / 256;
    buf[little ? offset + i : offset + size - 1 - i] = byte;
  }
  return offset + size;
}

function readFloat(buf, offset, size, little) {
  if (offset === undefined) offset = 0;
  checkBounds(buf, offset, size);
  return natives.readFloat(buf, offset, size, little);
}

function writeFloat(buf, value, offset, size, little) {
  if (offset === undefined) offset = 0;
  checkBounds(buf, offset, size);
  return natives.writeFloat(buf, +value, offset, size, little);
}

function sliceArgs(buf, start, end) {
  const length = buf.length;
  if (start === undefined || start <= 0 || start !== start) start = 0;
  else start = Math.trunc(start);
  if (end === undefined || end > length) end = length;
  else end = end !== end || end <= 0 ? 0 : Math.trunc(end);
  return [start, end];
}

// buf.indexOf / lastIndexOf / includes: a string, a number (a byte) or a Buffer / Uint8Array.
function bidirectionalIndexOf(buf, value, byteOffset, encoding, forward) {
  if (typeof byteOffset === 'string') {
    encoding = byteOffset;
    byteOffset = undefined;
  }
  let offset = byteOffset === undefined ? (forward ? 0 : buf.length) : +byteOffset;
  if (offset !== offset) offset = forward ? 0 : buf.length;
  offset = Math.trunc(offset);
  let needle;
  if (typeof value === 'number') {
    needle = new FastBuffer(1);
    needle[0] = value;
  } else if (typeof value === 'string') {
    needle = fromString(value, encoding);
  } else if (isUint8Array(value)) {
    needle = value;
  } else {
    throw invalidArgType('value', ['number', 'string', 'instance of Buffer', 'instance of Uint8Array'], value);
  }
  return natives.indexOf(buf, needle, offset, forward);
}

defineMethods(proto, {
  toString(encoding, start, end) {
    if (arguments.length === 0) return natives.toString(this, UTF8, 0, this.length);
    const index = checkedEncoding(encoding);
    const length = this.length;
    start = start === undefined || start <= 0 || start !== +start ? 0 : Math.trunc(start);
    end = end === undefined || end > length ? length : end <= 0 ? 0 : Math.trunc(end);
    if (start >= end) return '';
    return natives.toString(this, index, start, end);
  },
  toLocaleString(encoding, start, end) {
    return this.toString(encoding, start, end);
  },
  write(string, offset, length, encoding) {
    if (typeof string !== 'string') throw invalidArgType('argument', 'string', string);
    if (typeof offset === 'string') {
      encoding = offset;
      offset = 0;
      length = this.length;
    } else if (typeof length === 'string') {
      encoding = length;
      length = undefined;
    }
    if (offset === undefined) offset = 0;
    else validateOffset(offset, 'offset', 0, this.length);
    const remaining = this.length - offset;
    if (length === undefined) length = remaining;
    else validateOffset(length, 'length', 0, this.length);
    if (length > remaining) length = remaining;
    return natives.write(this, string, checkedEncoding(encoding), offset, length);
  },
  toJSON() {
    const data = new Array(this.length);
    for (let i = 0; i < this.length; i++) data[i] = this[i];
    return { type: 'Buffer', data };
  },
  equals(otherBuffer) {
    if (!isUint8Array(otherBuffer)) {
      throw invalidArgType('otherBuffer', ['instance of Buffer', 'instance of Uint8Array'], otherBuffer);
    }
    if (this === otherBuffer) return true;
    return this.byteLength === otherBuffer.byteLength && natives.compare(this, otherBuffer) === 0;
  },
  compare(target, targetStart, targetEnd, sourceStart, sourceEnd) {
    if (!isUint8Array(target)) throw invalidArgType('target', ['instance of Buffer', 'instance of Uint8Array'], target);
    if (targetStart === undefined) targetStart = 0;
    else validateOffset(targetStart, 'targetStart');
    if (targetEnd === undefined) targetEnd = target.length;
    else validateOffset(targetEnd, 'targetEnd', 0, target.length);
    if (sourceStart === undefined) sourceStart = 0;
    else validateOffset(sourceStart, 'sourceStart');
    if (sourceEnd === undefined) sourceEnd = this.length;
    else validateOffset(sourceEnd, 'sourceEnd', 0, this.length);
    if (sourceStart >= sourceEnd) return targetStart >= targetEnd ? 0 : -1;
    if (targetStart >= targetEnd) return 1;
    return natives.compare(this.subarray(sourceStart, sourceEnd), target.subarray(targetStart, targetEnd));
  },
  copy(target, targetStart, sourceStart, sourceEnd) {
    if (!isUint8Array(target)) throw invalidArgType('target', ['instance of Buffer', 'instance of Uint8Array'], target);
    targetStart = targetStart === undefined ? 0 : Math.trunc(+targetStart) || 0;
    if (targetStart < 0) throw outOfRange('targetStart', '>= 0', targetStart);
    sourceStart = sourceStart === undefined ? 0 : Math.trunc(+sourceStart) || 0;
    if (sourceStart < 0 || sourceStart > this.length) {
      throw outOfRange('sourceStart', '>= 0 && <= ' + this.length, sourceStart);
    }
    sourceEnd = sourceEnd === undefined ? this.length : Math.trunc(+sourceEnd) || 0;
    if (sourceEnd < 0) throw outOfRange('sourceEnd', '>= 0', sourceEnd);
    if (sourceEnd > this.length) sourceEnd = this.length;
    if (targetStart >= target.length || sourceStart >= sourceEnd) return 0;
    return natives.copy(this, target, targetStart, sourceStart, sourceEnd);
  },
  fill(value, offset, end, encoding) {
    if (typeof offset === 'string') {
      encoding = offset;
      offset = 0;
      end = this.length;
    } else if (typeof end === 'string') {
      encoding = end;
      end = this.length;
    }
    if (offset === undefined) offset = 0;
    else validateOffset(offset, 'offset');
    if (end === undefined) end = this.length;
    else validateOffset(end, 'end', 0, this.length);
    if (offset >= end) return this;
    if (typeof value === 'number' || typeof value === 'boolean') {
      TypedArrayProto.fill.call(this, value & 255, offset, end);
      return this;
    }
    let pattern;
    if (typeof value === 'string') {
      pattern = fromString(value, encoding);
      if (pattern.length === 0) {
        if (value.length === 0) {
          TypedArrayProto.fill.call(this, 0, offset, end);
          return this;
        }
        throw codedError(TypeError, 'ERR_INVALID_ARG_VALUE', "The argument 'value' is invalid. Received '" + value + "'");
      }
    } else if (isUint8Array(value)) {
      pattern = value;
    } else {
      TypedArrayProto.fill.call(this, +value & 255, offset, end);
      return this;
    }
    natives.fillBytes(this, pattern, offset, end);
    return this;
  },
  indexOf(value, byteOffset, encoding) {
    return bidirectionalIndexOf(this, value, byteOffset, encoding, true);
  },
  lastIndexOf(value, byteOffset, encoding) {
    return bidirectionalIndexOf(this, value, byteOffset, encoding, false);
  },
  includes(value, byteOffset, encoding) {
    return bidirectionalIndexOf(this, value, byteOffset, encoding, true) !== -1;
  },
  slice(start, end) {
    const [s, e] = sliceArgs(this, start < 0 ? this.length + start : start, end < 0 ? this.length + end : end);
    return new FastBuffer(this.buffer, this.byteOffset + s, Math.max(e - s, 0));
  },
  readUInt8(offset) { return readUnsigned(this, offset, 1, false); },
  readUInt16LE(offset) { return readUnsigned(this, offset, 2, true); },
  readUInt16BE(offset) { return readUnsigned(this, offset, 2, false); },
  readUInt32LE(offset) { return readUnsigned(this, offset, 4, true); },
  readUInt32BE(offset) { return readUnsigned(this, offset, 4, false); },
  readInt8(offset) { return readSigned(this, offset, 1, false); },
  readInt16LE(offset) { return readSigned(this, offset, 2, true); },
  readInt16BE(offset) { return readSigned(this, offset, 2, false); },
  readInt32LE(offset) { return readSigned(this, offset, 4, true); },
  readInt32BE(offset) { return readSigned(this, offset, 4, false); },
  readFloatLE(offset) { return readFloat(this, offset, 4, true); },
  readFloatBE(offset) { return readFloat(this, offset, 4, false); },
  readDoubleLE(offset) { return readFloat(this, offset, 8, true); },
  readDoubleBE(offset) { return readFloat(this, offset, 8, false); },
  writeUInt8(value, offset) { return writeInteger(this, value, offset, 1, false, 0, 255); },
  writeUInt16LE(value, offset) { return writeInteger(this, value, offset, 2, true, 0, 65535); },
  writeUInt16BE(value, offset) { return writeInteger(this, value, offset, 2, false, 0, 65535); },
  writeUInt32LE(value, offset) { return writeInteger(this, value, offset, 4, true, 0, 4294967295); },
  writeUInt32BE(value, offset) { return writeInteger(this, value, offset, 4, false, 0, 4294967295); },
  writeInt8(value, offset) { return writeInteger(this, value, offset, 1, false, -128, 127); },
  writeInt16LE(value, offset) { return writeInteger(this, value, offset, 2, true, -32768, 32767); },
  writeInt16BE(value, offset) { return writeInteger(this, value, offset, 2, false, -32768, 32767); },
  writeInt32LE(value, offset) { return writeInteger(this, value, offset, 4, true, -2147483648, 2147483647); },
  writeInt32BE(value, offset) { return writeInteger(this, value, offset, 4, false, -2147483648, 2147483647); },
  writeFloatLE(value, offset) { return writeFloat(this, value, offset, 4, true); },
  writeFloatBE(value, offset) { return writeFloat(this, value, offset, 4, false); },
  writeDoubleLE(value, offset) { return writeFloat(this, value, offset, 8, true); },
  writeDoubleBE(value, offset) { return writeFloat(this, value, offset, 8, false); },
  readUIntLE(offset, byteLength) { return readUnsigned(this, offset, checkByteLength(byteLength), true); },
  readUIntBE(offset, byteLength) { return readUnsigned(this, offset, checkByteLength(byteLength), false); },
  readIntLE(offset, byteLength) { return readSigned(this, offset, checkByteLength(byteLength), true); },
  readIntBE(offset, byteLength) { return readSigned(this, offset, checkByteLength(byteLength), false); },
  writeUIntLE(value, offset, byteLength) {
    const size = checkByteLength(byteLength);
    return writeInteger(this, value, offset, size, true, 0, 2 ** (8 * size) - 1);
  },
  writeUIntBE(value, offset, byteLength) {
    const size = checkByteLength(byteLength);
    return writeInteger(this, value, offset, size, false, 0, 2 ** (8 * size) - 1);
  },
  writeIntLE(value, offset, byteLength) {
    const size = checkByteLength(byteLength);
    return writeInteger(this, value, offset, size, true, -(2 ** (8 * size - 1)), 2 ** (8 * size - 1) - 1);
  },
  writeIntBE(value, offset, byteLength) {
    const size = checkByteLength(byteLength);
    return writeInteger(this, value, offset, size, false, -(2 ** (8 * size - 1)), 2 ** (8 * size - 1) - 1);
  },
  swap16() { return swap(this, 2); },
  swap32() { return swap(this, 4); },
  swap64() { return swap(this, 8); },
});

function checkByteLength(byteLength) {
  if (typeof byteLength !== 'number') throw invalidArgType('byteLength', 'number', byteLength);
  if (!Number.isInteger(byteLength)) throw outOfRange('byteLength', 'an integer', byteLength);
  if (byteLength < 1 || byteLength > 6) throw outOfRange('byteLength', '>= 1 and <= 6', byteLength);
  return byteLength;
}

// swap16 / swap32 / swap64: reverses the byte order of each group in place.
function swap(buf, size) {
  if (buf.length % size !== 0) {
    throw codedError(RangeError, 'ERR_INVALID_BUFFER_SIZE', 'Buffer size must be a multiple of ' + size * 8 + '-bits');
  }
  for (let i = 0; i < buf.length; i += size) {
    for (let j = 0; j < size / 2; j++) {
      const t = buf[i + j];
      buf[i + j] = buf[i + size - 1 - j];
      buf[i + size - 1 - j] = t;
    }
  }
  return buf;
}

// The lower-case aliases node has (readUint8 = readUInt8, ...).
for (const name of Object.getOwnPropertyNames(proto)) {
  if (name.startsWith('readUInt') || name.startsWith('writeUInt')) {
    Object.defineProperty(proto, name.replace('UInt', 'Uint'), {
      value: proto[name], writable: true, enumerable: false, configurable: true,
    });
  }
}

// The encoding-specific slices and writes (buf.hexSlice(0, 2), buf.utf8Write('x')).
ENCODINGS.forEach((name, index) => {
  const prefix = name === 'utf16le' ? 'ucs2' : name;
  defineMethods(proto, {
    [prefix + 'Slice'](start = 0, end = this.length) {
      return natives.toString(this, index, start, end);
    },
    [prefix + 'Write'](string, offset = 0, length = this.length - offset) {
      return natives.write(this, string, index, offset, length);
    },
  });
});

Object.defineProperty(proto, 'parent', {
  get() { return this instanceof Buffer ? this.buffer : undefined; },
  enumerable: true, configurable: true,
});
Object.defineProperty(proto, 'offset', {
  get() { return this instanceof Buffer ? this.byteOffset : undefined; },
  enumerable: true, configurable: true,
});

// console.log(buf): <Buffer 68 65 6c 6c 6f>, at most INSPECT_MAX_BYTES bytes, then the extra
// own properties as node shows them.
Object.defineProperty(proto, customInspect, {
  value: function inspect(recurseTimes, ctx) {
    const max = module.exports.INSPECT_MAX_BYTES;
    const shown = Math.min(max, this.length);
    const remaining = this.length - max;
    let str = '';
    const hex = natives.toString(this, 1, 0, shown);
    for (let i = 0; i < hex.length; i += 2) str += (i === 0 ? '' : ' ') + hex.slice(i, i + 2);
    if (remaining > 0) str += ' ... ' + remaining + ' more byte' + (remaining > 1 ? 's' : '');
    if (ctx) {
      const extras = Object.keys(this).filter((key) => String(key >>> 0) !== key);
      if (extras.length > 0) {
        const obj = Object.create(null);
        for (const key of extras) obj[key] = this[key];
        const util = require('util');
        const text = util.inspect(obj, { ...ctx, breakLength: Infinity, compact: true });
        if (this.length !== 0) str += ', ';
        str += text.slice(27, -2);
      }
    }
    return '<' + this.constructor.name + ' ' + str + '>';
  },
  writable: true, enumerable: false, configurable: true,
});

function SlowBuffer(size) {
  validateSize(size);
  return new FastBuffer(size);
}
Object.setPrototypeOf(SlowBuffer.prototype, Uint8Array.prototype);
Object.setPrototypeOf(SlowBuffer, Uint8Array);

// isUtf8 / isAscii(input): a TypedArray or an ArrayBuffer holds valid UTF-8 / only ASCII bytes.
function bytesOf(input) {
  if (isView(input)) return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  if (input instanceof ArrayBuffer) return new Uint8Array(input);
  throw invalidArgType('input', ['instance of ArrayBuffer', 'instance of Buffer', 'instance of TypedArray'], input);
}

function isUtf8(input) {
  const bytes = bytesOf(input);
  try {
    new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function isAscii(input) {
  const bytes = bytesOf(input);
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] > 0x7f) return false;
  }
  return true;
}

module.exports = {
  Buffer,
  SlowBuffer,
  kMaxLength,
  kStringMaxLength,
  constants: { MAX_LENGTH: kMaxLength, MAX_STRING_LENGTH: kStringMaxLength },
  INSPECT_MAX_BYTES,
  atob: globalThis.atob,
  btoa: globalThis.btoa,
  isUtf8,
  isAscii,
};
