'use strict';
// require('util/types') (also util.types): brand checks that look at what a value really is (its
// internal class), not at its prototype chain: Object.create(Date.prototype) is not a date, a
// Date from a subclass is. The engine answers through binding('util_types').kindOf; without
// that natives object, instanceof is the (weaker) fallback.
//
// The engine has no generators, regular expressions, Proxy, BigInt, DataView or
// SharedArrayBuffer, so the checks for them are always false, as node's are for values that
// cannot exist.

let kindOf;
try {
  kindOf = binding('util_types').kindOf;
} catch {
  kindOf = fallbackKindOf;
}

const AsyncFunctionPrototype = Object.getPrototypeOf(async function () {});

function fallbackKindOf(value) {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return '';
  if (typeof value === 'function') {
    return Object.getPrototypeOf(value) === AsyncFunctionPrototype ? 'AsyncFunction' : '';
  }
  const tag = Object.prototype.toString.call(value);
  if (tag === '[object Arguments]') return 'Arguments';
  if (tag === '[object Map Iterator]') return 'MapIterator';
  if (tag === '[object Set Iterator]') return 'SetIterator';
  for (let i = 0; i < typedArrayNames.length; i++) {
    const ctor = globalThis[typedArrayNames[i]];
    if (typeof ctor === 'function' && value instanceof ctor) return typedArrayNames[i];
  }
  const classes = [Date, Map, Set, WeakMap, WeakSet, Promise, Error, Number, String, Boolean, Symbol];
  if (typeof ArrayBuffer === 'function') classes.push(ArrayBuffer);
  for (let i = 0; i < classes.length; i++) {
    if (value instanceof classes[i]) return classes[i].name;
  }
  return '';
}

const typedArrayNames = ['Uint8Array', 'Uint8ClampedArray', 'Uint16Array', 'Uint32Array', 'Int8Array',
  'Int16Array', 'Int32Array', 'Float32Array', 'Float64Array'];

function never() {
  return false;
}

// The checks take their value as arguments[0]: their length is 0, as node's native ones.
function is(kind) {
  return function () {
    return kindOf(arguments[0]) === kind;
  };
}

function isBoxedPrimitive() {
  const kind = kindOf(arguments[0]);
  return kind === 'Number' || kind === 'String' || kind === 'Boolean' || kind === 'Symbol';
}

function isTypedArray() {
  return typedArrayNames.includes(kindOf(arguments[0]));
}

// Each exported check is a named function, as node's are (util.types.isDate.name === 'isDate').
function named(name, check) {
  Object.defineProperty(check, 'name', { value: name, configurable: true });
  return check;
}

module.exports = {
  isExternal: named('isExternal', never),
  isDate: named('isDate', is('Date')),
  isArgumentsObject: named('isArgumentsObject', is('Arguments')),
  isBigIntObject: named('isBigIntObject', never),
  isBooleanObject: named('isBooleanObject', is('Boolean')),
  isNumberObject: named('isNumberObject', is('Number')),
  isStringObject: named('isStringObject', is('String')),
  isSymbolObject: named('isSymbolObject', is('Symbol')),
  isNativeError: named('isNativeError', is('Error')),
  isRegExp: named('isRegExp', never),
  isAsyncFunction: named('isAsyncFunction', is('AsyncFunction')),
  isGeneratorFunction: named('isGeneratorFunction', never),
  isGeneratorObject: named('isGeneratorObject', never),
  isPromise: named('isPromise', is('Promise')),
  isMap: named('isMap', is('Map')),
  isSet: named('isSet', is('Set')),
  isMapIterator: named('isMapIterator', is('MapIterator')),
  isSetIterator: named('isSetIterator', is('SetIterator')),
  isWeakMap: named('isWeakMap', is('WeakMap')),
  isWeakSet: named('isWeakSet', is('WeakSet')),
  isArrayBuffer: named('isArrayBuffer', is('ArrayBuffer')),
  isDataView: named('isDataView', never),
  isSharedArrayBuffer: named('isSharedArrayBuffer', never),
  isProxy: named('isProxy', never),
  isModuleNamespaceObject: named('isModuleNamespaceObject', never),
  isAnyArrayBuffer: named('isAnyArrayBuffer', is('ArrayBuffer')),
  isBoxedPrimitive: named('isBoxedPrimitive', isBoxedPrimitive),
  isArrayBufferView: named('isArrayBufferView', isTypedArray),
  isTypedArray: named('isTypedArray', isTypedArray),
  isUint8Array: named('isUint8Array', is('Uint8Array')),
  isUint8ClampedArray: named('isUint8ClampedArray', is('Uint8ClampedArray')),
  isUint16Array: named('isUint16Array', is('Uint16Array')),
  isUint32Array: named('isUint32Array', is('Uint32Array')),
  isInt8Array: named('isInt8Array', is('Int8Array')),
  isInt16Array: named('isInt16Array', is('Int16Array')),
  isInt32Array: named('isInt32Array', is('Int32Array')),
  isFloat32Array: named('isFloat32Array', is('Float32Array')),
  isFloat64Array: named('isFloat64Array', is('Float64Array')),
  isBigInt64Array: named('isBigInt64Array', never),
  isBigUint64Array: named('isBigUint64Array', never),
  isKeyObject: named('isKeyObject', never),
  isCryptoKey: named('isCryptoKey', never),
};
