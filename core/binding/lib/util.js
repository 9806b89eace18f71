'use strict';
// require('util'): the helpers scripts reach for around callbacks and promises (promisify,
// callbackify, deprecate, inherits) and the printing of values (inspect, format: the engine's
// own, the code console.log prints with, from binding('util')).
//
// Timing matters here as much as results, so the wrappers keep node's hops:
//   - promisify(f)(...) calls f synchronously inside a Promise executor; f's callback settles
//     the promise (a custom [util.promisify.custom] function is returned as it is instead).
//   - callbackify(f)(..., cb) calls cb through process.nextTick after f's promise settles, so a
//     callback that throws is an uncaught exception and never a rejection; a falsy rejection
//     reason arrives wrapped in ERR_FALSY_VALUE_REJECTION (with .reason).
//   - deprecate(f, msg, code) warns once (once per code across functions), through
//     process.emitWarning, i.e. on a later tick.

const natives = binding('util');
const types = require('util/types');
const { codedError, invalidArgType, validateFunction, validateString } = require('internal/errors');

const ObjectDefineProperty = Object.defineProperty;
const ObjectDefineProperties = Object.defineProperties;
const ObjectGetOwnPropertyDescriptors = Object.getOwnPropertyDescriptors;
const ObjectGetPrototypeOf = Object.getPrototypeOf;
const ObjectSetPrototypeOf = Object.setPrototypeOf;
const ObjectKeys = Object.keys;
const ObjectValues = Object.values;
const ObjectIs = Object.is;
const ObjectPrototypeHasOwnProperty = Object.prototype.hasOwnProperty;
const ObjectPrototypePropertyIsEnumerable = Object.prototype.propertyIsEnumerable;
const ObjectPrototypeToString = Object.prototype.toString;
const ObjectGetOwnPropertySymbols = Object.getOwnPropertySymbols;
const ReflectApply = Reflect.apply;
const ReflectConstruct = Reflect.construct;
const ArrayIsArray = Array.isArray;
const NumberIsNaN = Number.isNaN;
const PromiseCtor = Promise;

const kCustomPromisifiedSymbol = Symbol.for('nodejs.util.promisify.custom');
// Node marks callback APIs that pass several results (dns.lookup: address, family; fs.read:
// bytesRead, buffer) with this private symbol: promisify then resolves with an object of them.
// It lives in internal/util when that module exists.
let kCustomPromisifyArgsSymbol;
try {
  kCustomPromisifyArgsSymbol = require('internal/util').customPromisifyArgs;
} catch {
  kCustomPromisifyArgsSymbol = undefined;
}

const inspect = natives.inspect;
const format = natives.format;

// The defaults util.inspect starts from (read-only here: changing them does not change what
// console.log prints in Looplab).
if (inspect.defaultOptions === undefined) {
  ObjectDefineProperty(inspect, 'defaultOptions', {
    value: {
      showHidden: false,
      depth: 2,
      colors: false,
      customInspect: true,
      showProxy: false,
      maxArrayLength: 100,
      maxStringLength: 10000,
      breakLength: 80,
      compact: 3,
      sorted: false,
      getters: false,
      numericSeparator: false,
    },
    writable: true,
    enumerable: false,
    configurable: true,
  });
}

// ---- format ----
// util.formatWithOptions(inspectOptions, ...args): format, with inspectOptions applied where a
// value is inspected (%o, %O, and arguments that are not consumed by the format string).
function formatWithOptions(inspectOptions, ...args) {
  if (inspectOptions === null || typeof inspectOptions !== 'object') {
    throw invalidArgType('inspectOptions', 'object', inspectOptions);
  }
  if (typeof natives.formatWithOptions === 'function') {
    return ReflectApply(natives.formatWithOptions, undefined, [inspectOptions, ...args]);
  }
  const withOptions = (value, extra) => inspect(value, { ...inspectOptions, ...extra });
  if (args.length === 0) return '';
  let first = args[0];
  let next = 1;
  let text = '';
  if (typeof first === 'string') {
    if (args.length === 1) return first;
    let last = 0;
    for (let i = 0; i < first.length - 1; i++) {
      if (first[i] !== '%') continue;
      const letter = first[i + 1];
      if (letter === '%') {
        text += first.slice(last, i) + '%';
        last = i + 2;
        i++;
        continue;
      }
      if (next >= args.length || !'sdifjoOc'.includes(letter)) continue;
      let piece;
      if (letter === 'o') piece = withOptions(args[next], { showHidden: true, showProxy: true, depth: 4 });
      else if (letter === 'O') piece = withOptions(args[next]);
      else if (letter === 'c') piece = '';
      else piece = format('%' + letter, args[next]);
      next++;
      text += first.slice(last, i) + piece;
      last = i + 2;
      i++;
    }
    text += first.slice(last);
  } else {
    text = withOptions(first);
  }
  for (; next < args.length; next++) {
    const value = args[next];
    text += ' ' + (typeof value === 'string' ? value : withOptions(value));
  }
  return text;
}

// ---- inherits / deprecate ----
function inherits(ctor, superCtor) {
  if (ctor === undefined || ctor === null) throw invalidArgType('ctor', 'function', ctor);
  if (superCtor === undefined || superCtor === null) throw invalidArgType('superCtor', 'function', superCtor);
  if (superCtor.prototype === undefined) {
    throw invalidArgType('superCtor.prototype', 'object', superCtor.prototype);
  }
  ObjectDefineProperty(ctor, 'super_', { value: superCtor, writable: true, configurable: true });
  ObjectSetPrototypeOf(ctor.prototype, superCtor.prototype);
}

const codesWarned = new Set();

function deprecate(fn, msg, code, useEmitSync) {
  if (process.noDeprecation === true) return fn;
  if (code !== undefined) validateString(code, 'code');
  let warned = false;
  function deprecated(...args) {
    if (!warned && !process.noDeprecation) {
      warned = true;
      if (code !== undefined) {
        if (!codesWarned.has(code)) {
          codesWarned.add(code);
          process.emitWarning(msg, 'DeprecationWarning', code);
        }
      } else {
        process.emitWarning(msg, 'DeprecationWarning');
      }
    }
    if (new.target) return ReflectConstruct(fn, args, new.target);
    return ReflectApply(fn, this, args);
  }
  // The wrapper looks like fn to instanceof and static lookups.
  ObjectSetPrototypeOf(deprecated, fn);
  if (fn.prototype) deprecated.prototype = fn.prototype;
  return deprecated;
}

// ---- promisify / callbackify ----
// Copies fn's own properties (name, length, and any others) onto wrapper, as node does.
function copyOwnProperties(wrapper, descriptors) {
  const values = ObjectValues(descriptors);
  for (let i = 0; i < values.length; i++) ObjectSetPrototypeOf(values[i], null);
  return ObjectDefineProperties(wrapper, descriptors);
}

function promisify(original) {
  validateFunction(original, 'original');
  if (original[kCustomPromisifiedSymbol]) {
    const fn = original[kCustomPromisifiedSymbol];
    validateFunction(fn, 'util.promisify.custom');
    return ObjectDefineProperty(fn, kCustomPromisifiedSymbol, {
      value: fn, enumerable: false, writable: false, configurable: true,
    });
  }
  // setTimeout and setImmediate carry util.promisify.custom in node (timers/promises' versions);
  // the same answer here in case the runtime's timers do not carry the symbol.
  const timers = require('timers');
  if (original === timers.setTimeout) return require('timers/promises').setTimeout;
  if (original === timers.setImmediate) return require('timers/promises').setImmediate;
  const argumentNames = kCustomPromisifyArgsSymbol === undefined ? undefined : original[kCustomPromisifyArgsSymbol];
  function fn(...args) {
    return new PromiseCtor((resolve, reject) => {
      args.push((err, ...values) => {
        if (err) return reject(err);
        if (argumentNames !== undefined && values.length > 1) {
          const named = {};
          for (let i = 0; i < argumentNames.length; i++) named[argumentNames[i]] = values[i];
          resolve(named);
        } else {
          resolve(values[0]);
        }
      });
      ReflectApply(original, this, args);
    });
  }
  ObjectSetPrototypeOf(fn, ObjectGetPrototypeOf(original));
  ObjectDefineProperty(fn, kCustomPromisifiedSymbol, {
    value: fn, enumerable: false, writable: false, configurable: true,
  });
  return copyOwnProperties(fn, ObjectGetOwnPropertyDescriptors(original));
}
promisify.custom = kCustomPromisifiedSymbol;

function callbackifyOnRejected(reason, cb) {
  if (!reason) {
    const wrapped = codedError(Error, 'ERR_FALSY_VALUE_REJECTION', 'Promise was rejected with falsy value');
    wrapped.reason = reason;
    reason = wrapped;
  }
  return cb(reason);
}

function callbackify(original) {
  validateFunction(original, 'original');
  function callbackified(...args) {
    const maybeCb = args.pop();
    if (typeof maybeCb !== 'function') {
      throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE',
        'The last argument must be of type function. ' + require('internal/errors').describeReceived(maybeCb));
    }
    const cb = maybeCb.bind(this);
    ReflectApply(original, this, args).then(
      (ret) => process.nextTick(cb, null, ret),
      (rej) => process.nextTick(callbackifyOnRejected, rej, cb));
  }
  const descriptors = ObjectGetOwnPropertyDescriptors(original);
  if (descriptors.length && typeof descriptors.length.value === 'number') descriptors.length.value++;
  if (descriptors.name && typeof descriptors.name.value === 'string') descriptors.name.value += 'Callbackified';
  return copyOwnProperties(callbackified, descriptors);
}

// ---- isDeepStrictEqual (assert.deepStrictEqual's comparison) ----
function isDeepStrictEqual(a, b) {
  return deepEqual(a, b, undefined);
}

function deepEqual(a, b, memos) {
  if (a === b) return a !== 0 || ObjectIs(a, b);
  if (typeof a !== 'object') return typeof a === 'number' && NumberIsNaN(a) && NumberIsNaN(b);
  if (typeof b !== 'object' || a === null || b === null) return false;
  if (ObjectGetPrototypeOf(a) !== ObjectGetPrototypeOf(b)) return false;
  if (ObjectPrototypeToString.call(a) !== ObjectPrototypeToString.call(b)) return false;

  if (ArrayIsArray(a)) {
    if (!ArrayIsArray(b) || a.length !== b.length) return false;
    return keyCheck(a, b, memos, 'array');
  }
  if (types.isDate(a)) {
    if (!types.isDate(b) || a.getTime() !== b.getTime()) return false;
  } else if (types.isNativeError(a) || a instanceof Error) {
    if ((!types.isNativeError(b) && !(b instanceof Error)) || a.message !== b.message || a.name !== b.name) {
      return false;
    }
  } else if (types.isTypedArray(a)) {
    if (!types.isTypedArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) {
      if (!ObjectIs(a[i], b[i]) && !(a[i] === 0 && b[i] === 0)) return false;
    }
    return keyCheck(a, b, memos, 'typed');
  } else if (types.isSet(a)) {
    if (!types.isSet(b) || a.size !== b.size) return false;
    return keyCheck(a, b, memos, 'set');
  } else if (types.isMap(a)) {
    if (!types.isMap(b) || a.size !== b.size) return false;
    return keyCheck(a, b, memos, 'map');
  } else if (types.isBoxedPrimitive(a)) {
    if (!types.isBoxedPrimitive(b) || !ObjectIs(a.valueOf(), b.valueOf())) return false;
  } else if (ArrayIsArray(b) || types.isTypedArray(b) || types.isSet(b) || types.isMap(b) || types.isDate(b) ||
             types.isBoxedPrimitive(b) || types.isNativeError(b) || b instanceof Error) {
    return false;
  }
  return keyCheck(a, b, memos, 'object');
}

function ownEnumerableKeys(value, kind) {
  const keys = ObjectKeys(value);
  if (kind !== 'array' && kind !== 'typed') return keys;
  // Indices are compared element by element; only the extra named keys count here.
  const named = [];
  for (let i = 0; i < keys.length; i++) {
    const index = +keys[i];
    if (!(String(index >>> 0) === keys[i] && index < 4294967295)) named.push(keys[i]);
  }
  return named;
}

function keyCheck(a, b, memos, kind) {
  const aKeys = ownEnumerableKeys(a, kind);
  const bKeys = ownEnumerableKeys(b, kind);
  if (aKeys.length !== bKeys.length) return false;
  for (let i = 0; i < aKeys.length; i++) {
    if (!ObjectPrototypePropertyIsEnumerable.call(b, aKeys[i])) return false;
  }
  const aSymbols = ObjectGetOwnPropertySymbols(a);
  let symbolCount = 0;
  for (let i = 0; i < aSymbols.length; i++) {
    if (!ObjectPrototypePropertyIsEnumerable.call(a, aSymbols[i])) continue;
    if (!ObjectPrototypePropertyIsEnumerable.call(b, aSymbols[i])) return false;
    aKeys.push(aSymbols[i]);
    symbolCount++;
  }
  const bSymbols = ObjectGetOwnPropertySymbols(b);
  let bSymbolCount = 0;
  for (let i = 0; i < bSymbols.length; i++) {
    if (ObjectPrototypePropertyIsEnumerable.call(b, bSymbols[i])) bSymbolCount++;
  }
  if (symbolCount !== bSymbolCount) return false;

  if (aKeys.length === 0 && (kind === 'object' || (kind === 'array' && a.length === 0) || kind === 'typed' ||
      ((kind === 'set' || kind === 'map') && a.size === 0))) {
    return true;
  }

  // Cycles: a pair already being compared further up counts as equal here.
  if (memos === undefined) {
    memos = { a: new Map(), b: new Map(), position: 0 };
  } else {
    const seenA = memos.a.get(a);
    if (seenA !== undefined) {
      const seenB = memos.b.get(b);
      if (seenB !== undefined) return seenA === seenB;
    }
    memos.position++;
  }
  memos.a.set(a, memos.position);
  memos.b.set(b, memos.position);
  const result = objEquiv(a, b, memos, kind, aKeys);
  memos.a.delete(a);
  memos.b.delete(b);
  return result;
}

function objEquiv(a, b, memos, kind, keys) {
  if (kind === 'array') {
    for (let i = 0; i < a.length; i++) {
      const hasA = ObjectPrototypeHasOwnProperty.call(a, i);
      if (hasA !== ObjectPrototypeHasOwnProperty.call(b, i)) return false;
      if (hasA && !deepEqual(a[i], b[i], memos)) return false;
    }
  } else if (kind === 'set') {
    if (!setEquiv(a, b, memos)) return false;
  } else if (kind === 'map') {
    if (!mapEquiv(a, b, memos)) return false;
  }
  for (let i = 0; i < keys.length; i++) {
    if (!deepEqual(a[keys[i]], b[keys[i]], memos)) return false;
  }
  return true;
}

function isObjectLike(value) {
  return value !== null && typeof value === 'object';
}

// Primitives must be in both sets; each object of a needs its own deep-equal partner in b.
function setEquiv(a, b, memos) {
  const objects = [];
  for (const value of a) {
    if (isObjectLike(value)) objects.push(value);
    else if (!b.has(value)) return false;
  }
  if (objects.length === 0) return true;
  const candidates = [];
  for (const value of b) {
    if (isObjectLike(value)) candidates.push(value);
  }
  for (let i = 0; i < objects.length; i++) {
    const match = candidates.findIndex((candidate) => deepEqual(objects[i], candidate, memos));
    if (match < 0) return false;
    candidates.splice(match, 1);
  }
  return true;
}

function mapEquiv(a, b, memos) {
  const objectKeys = [];
  for (const [key, value] of a) {
    if (isObjectLike(key)) {
      objectKeys.push([key, value]);
    } else {
      if (!b.has(key) || !deepEqual(value, b.get(key), memos)) return false;
    }
  }
  if (objectKeys.length === 0) return true;
  const candidates = [];
  for (const entry of b) {
    if (isObjectLike(entry[0])) candidates.push(entry);
  }
  for (let i = 0; i < objectKeys.length; i++) {
    const match = candidates.findIndex(
      (entry) => deepEqual(objectKeys[i][0], entry[0], memos) && deepEqual(objectKeys[i][1], entry[1], memos));
    if (match < 0) return false;
    candidates.splice(match, 1);
  }
  return true;
}

// ---- small helpers node still ships ----
function debuglog() {
  // NODE_DEBUG is not modelled: every section is disabled, as in a plain `node script.js`.
  function debug() {}
  debug.enabled = false;
  return debug;
}

function _extend(target, source) {
  if (source === null || typeof source !== 'object') return target;
  const keys = ObjectKeys(source);
  let i = keys.length;
  while (i--) target[keys[i]] = source[keys[i]];
  return target;
}

function toUSVString(input) {
  const text = `${input}`;
  let result = '';
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        result += text[i] + text[i + 1];
        i++;
        continue;
      }
    }
    result += unit >= 0xd800 && unit <= 0xdfff ? '\ufffd' : text[i];
  }
  return result;
}

// Escape sequences (ESC [ ... letter, and ESC ] ... BEL) removed, as node's regular expression does
// for the common cases.
function stripVTControlCharacters(str) {
  validateString(str, 'str');
  let result = '';
  for (let i = 0; i < str.length; i++) {
    const ch = str[i];
    if ((ch === '\u001b' || ch === '\u009b') && i + 1 < str.length) {
      let j = ch === '\u001b' ? i + 1 : i;
      if (ch === '\u001b' && str[j] === ']') {
        let k = j + 1;
        while (k < str.length && str[k] !== '\u0007') k++;
        if (k < str.length) {
          i = k;
          continue;
        }
      }
      if (ch === '\u009b' || str[j] === '[') {
        let k = j + 1;
        while (k < str.length && ((str[k] >= '0' && str[k] <= '9') || str[k] === ';')) k++;
        if (k < str.length && ((str[k] >= 'A' && str[k] <= 'Z') || (str[k] >= 'a' && str[k] <= 'z'))) {
          i = k;
          continue;
        }
      }
    }
    result += ch;
  }
  return result;
}

function isPrimitive(arg) {
  return arg === null || (typeof arg !== 'object' && typeof arg !== 'function');
}

// In node's key order (Object.keys(require('util'))), for what Looplab models.
module.exports = {
  _extend,
  callbackify,
  debug: debuglog,
  debuglog,
  deprecate,
  format,
  formatWithOptions,
  inherits,
  inspect,
  isArray: ArrayIsArray,
  isBoolean: (arg) => typeof arg === 'boolean',
  isBuffer: (arg) => typeof globalThis.Buffer === 'function' && globalThis.Buffer.isBuffer(arg),
  isDeepStrictEqual,
  isNull: (arg) => arg === null,
  isNullOrUndefined: (arg) => arg === null || arg === undefined,
  isNumber: (arg) => typeof arg === 'number',
  isString: (arg) => typeof arg === 'string',
  isSymbol: (arg) => typeof arg === 'symbol',
  isUndefined: (arg) => arg === undefined,
  isRegExp: types.isRegExp,
  isObject: (arg) => arg !== null && typeof arg === 'object',
  isDate: types.isDate,
  isError: (e) => ObjectPrototypeToString.call(e) === '[object Error]' || e instanceof Error,
  isFunction: (arg) => typeof arg === 'function',
  isPrimitive,
  promisify,
  stripVTControlCharacters,
  toUSVString,
  types,
};

// The encoders are globals in node; util re-exports them (when the engine has them).
for (const name of ['TextDecoder', 'TextEncoder']) {
  ObjectDefineProperty(module.exports, name, {
    get() {
      return globalThis[name];
    },
    enumerable: true,
    configurable: true,
  });
}
