// The typed arrays' methods that take callbacks (forEach, map, filter, reduce, find, sort with a
// comparator, %TypedArray%.from, ...), in JavaScript so that each callback runs as an ordinary VM
// frame, as the Array prelude (prelude_array.cpp) does for arrays. It runs after that prelude
// with the same `internals`, plus the natives of install_typed_array_prelude_internals
// (typed_array.cpp): validateTypedArray, typedArraySpeciesCreate, typedArrayCreate,
// typedArraySortNumbers, typedArrayKindConstructor.
//
// The comparator sort is a stable merge sort over a copy; the result is written back, as
// 23.2.3.29 %TypedArray%.prototype.sort does.
#include "core/js/builtins/builtins.h"

namespace looplab::js {

std::string_view prelude_typed_array_source() {
  return R"JS((function (global, internals) {
'use strict';
const defineMethod = internals.defineMethod;
const isCallable = internals.isCallable;
const isConstructor = internals.isConstructor;
const toObject = internals.toObject;
const toLength = internals.toLength;
const setLength = internals.setFunctionLength;
const typeErrorNotFunction = internals.typeErrorNotFunction;
const validate = internals.validateTypedArray;
const speciesCreate = internals.typedArraySpeciesCreate;
const create = internals.typedArrayCreate;
const sortNumbers = internals.typedArraySortNumbers;
const kindConstructor = internals.typedArrayKindConstructor;
const TypedArray = global.Object.getPrototypeOf(global.Uint8Array);
const TAP = TypedArray.prototype;
const TypeErrorCtor = global.TypeError;
const iteratorSymbol = global.Symbol.iterator;

function def(target, fn, length) {
  defineMethod(target, fn.name, fn);
  setLength(fn, length);
}

function checkCallable(fn) {
  if (!isCallable(fn)) typeErrorNotFunction(fn);
}

function invoke(fn, thisArg, a, b, c) {
  return thisArg === undefined ? fn(a, b, c) : fn.call(thisArg, a, b, c);
}

def(TAP, function forEach(callbackfn, thisArg) {
  const len = validate(this);
  checkCallable(callbackfn);
  for (let k = 0; k < len; k++) invoke(callbackfn, thisArg, this[k], k, this);
}, 1);

def(TAP, function every(callbackfn, thisArg) {
  const len = validate(this);
  checkCallable(callbackfn);
  for (let k = 0; k < len; k++) {
    if (!invoke(callbackfn, thisArg, this[k], k, this)) return false;
  }
  return true;
}, 1);

def(TAP, function some(callbackfn, thisArg) {
  const len = validate(this);
  checkCallable(callbackfn);
  for (let k = 0; k < len; k++) {
    if (invoke(callbackfn, thisArg, this[k], k, this)) return true;
  }
  return false;
}, 1);

def(TAP, function find(predicate, thisArg) {
  const len = validate(this);
  checkCallable(predicate);
  for (let k = 0; k < len; k++) {
    const v = this[k];
    if (invoke(predicate, thisArg, v, k, this)) return v;
  }
  return undefined;
}, 1);

def(TAP, function findIndex(predicate, thisArg) {
  const len = validate(this);
  checkCallable(predicate);
  for (let k = 0; k < len; k++) {
    if (invoke(predicate, thisArg, this[k], k, this)) return k;
  }
  return -1;
}, 1);

def(TAP, function findLast(predicate, thisArg) {
  const len = validate(this);
  checkCallable(predicate);
  for (let k = len - 1; k >= 0; k--) {
    const v = this[k];
    if (invoke(predicate, thisArg, v, k, this)) return v;
  }
  return undefined;
}, 1);

def(TAP, function findLastIndex(predicate, thisArg) {
  const len = validate(this);
  checkCallable(predicate);
  for (let k = len - 1; k >= 0; k--) {
    if (invoke(predicate, thisArg, this[k], k, this)) return k;
  }
  return -1;
}, 1);

def(TAP, function map(callbackfn, thisArg) {
  const len = validate(this);
  checkCallable(callbackfn);
  const A = speciesCreate(this, len);
  for (let k = 0; k < len; k++) A[k] = invoke(callbackfn, thisArg, this[k], k, this);
  return A;
}, 1);

def(TAP, function filter(callbackfn, thisArg) {
  const len = validate(this);
  checkCallable(callbackfn);
  const kept = [];
  for (let k = 0; k < len; k++) {
    const v = this[k];
    if (invoke(callbackfn, thisArg, v, k, this)) kept[kept.length] = v;
  }
  const A = speciesCreate(this, kept.length);
  for (let n = 0; n < kept.length; n++) A[n] = kept[n];
  return A;
}, 1);

def(TAP, function reduce(callbackfn, initialValue) {
  const len = validate(this);
  checkCallable(callbackfn);
  let k = 0;
  let acc;
  if (arguments.length >= 2) {
    acc = initialValue;
  } else {
    if (len === 0) throw new TypeErrorCtor('Reduce of empty array with no initial value');
    acc = this[0];
    k = 1;
  }
  for (; k < len; k++) acc = callbackfn(acc, this[k], k, this);
  return acc;
}, 1);

def(TAP, function reduceRight(callbackfn, initialValue) {
  const len = validate(this);
  checkCallable(callbackfn);
  let k = len - 1;
  let acc;
  if (arguments.length >= 2) {
    acc = initialValue;
  } else {
    if (len === 0) throw new TypeErrorCtor('Reduce of empty array with no initial value');
    acc = this[k];
    k--;
  }
  for (; k >= 0; k--) acc = callbackfn(acc, this[k], k, this);
  return acc;
}, 1);

function checkComparator(comparefn) {
  if (comparefn !== undefined && !isCallable(comparefn)) {
    throw new TypeErrorCtor('The comparison function must be either a function or undefined');
  }
}

// Stable merge sort of a plain array with a user comparator (NaN results count as 0).
function mergeSort(items, comparefn) {
  const n = items.length;
  let src = items;
  let dst = [];
  for (let width = 1; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = lo + width < n ? lo + width : n;
      const hi = lo + 2 * width < n ? lo + 2 * width : n;
      let i = lo;
      let j = mid;
      let k = lo;
      while (i < mid && j < hi) {
        const order = +comparefn(src[j], src[i]);
        if (order < 0) dst[k++] = src[j++];
        else dst[k++] = src[i++];
      }
      while (i < mid) dst[k++] = src[i++];
      while (j < hi) dst[k++] = src[j++];
    }
    const t = src;
    src = dst;
    dst = t;
  }
  return src;
}

function sortInto(target, source, len, comparefn) {
  if (comparefn === undefined) {
    for (let k = 0; k < len; k++) target[k] = source[k];
    return sortNumbers(target);
  }
  const items = [];
  for (let k = 0; k < len; k++) items[k] = source[k];
  const sorted = mergeSort(items, comparefn);
  for (let k = 0; k < len; k++) target[k] = sorted[k];
  return target;
}

def(TAP, function sort(comparefn) {
  checkComparator(comparefn);
  const len = validate(this);
  if (comparefn === undefined) return sortNumbers(this);
  return sortInto(this, this, len, comparefn);
}, 1);

def(TAP, function toSorted(comparefn) {
  checkComparator(comparefn);
  const len = validate(this);
  const C = kindConstructor(this);
  return sortInto(new C(len), this, len, comparefn);
}, 1);

def(TypedArray, function from(source, mapfn, thisArg) {
  const C = this;
  if (!isConstructor(C)) throw new TypeErrorCtor(String(C) + ' is not a constructor');
  const mapping = mapfn !== undefined;
  if (mapping) checkCallable(mapfn);
  let values;
  const usingIterator = source === undefined || source === null ? undefined : source[iteratorSymbol];
  if (usingIterator !== undefined && usingIterator !== null) {
    values = [];
    for (const v of source) values[values.length] = v;
  } else {
    values = toObject(source);
  }
  const len = toLength(values.length);
  const target = create(C, len);
  for (let k = 0; k < len; k++) {
    const v = values[k];
    target[k] = mapping ? invoke(mapfn, thisArg, v, k) : v;
  }
  return target;
}, 1);

def(TypedArray, function of(...items) {
  const C = this;
  if (!isConstructor(C)) throw new TypeErrorCtor(String(C) + ' is not a constructor');
  const target = create(C, items.length);
  for (let k = 0; k < items.length; k++) target[k] = items[k];
  return target;
}, 0);
}))JS";
}

}  // namespace looplab::js
