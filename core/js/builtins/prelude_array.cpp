// The JavaScript prelude: the Array methods that take callbacks (map, forEach, reduce, sort,
// Array.from, ...) and Map/Set.prototype.forEach, written in JavaScript so that each callback runs as an
// ordinary VM frame (a callback may call console.log, which yields to the runtime; a nested C++ call could
// not).
//
// The prelude is strict code and captures what it uses before user code can replace it. A
// callback with no thisArg is called as a plain function (this = undefined), which is what
// Call(callback, undefined, ...) means; with a thisArg, `.call` is used.
//
// sort is a stable merge sort (the spec only requires a consistent comparator; V8's TimSort is
// stable too, so equal elements keep their order as in node). Holes are removed and undefined
// values go last, after the sorted values (23.1.3.30 SortIndexedProperties).
//
// The natives the prelude adds to `internals` (install_prelude_internals, below): toString,
// setFunctionLength (a builtin's `length` ignores its optional parameters), renameMethod (`with`
// cannot be a function name), collectionIterator, throwNotIterable, isConstructor.
#include "core/js/builtins/builtin_helpers.h"
#include "core/js/builtins/builtins.h"
#include "core/js/runtime/conversions.h"
#include "core/js/vm/vm.h"

namespace looplab::js {

std::string_view prelude_array_source() {
  return R"JS((function (global, internals) {
'use strict';
const defineMethod = internals.defineMethod;
const isCallable = internals.isCallable;
const toLength = internals.toLength;
const toIntegerOrInfinity = internals.toIntegerOrInfinity;
const toObject = internals.toObject;
const createDataProperty = internals.createDataProperty;
const typeErrorNotFunction = internals.typeErrorNotFunction;
const toStr = internals.toString;
const setLength = internals.setFunctionLength;
const isArray = internals.isArray;
const isConstructor = internals.isConstructor;
const throwNotIterable = internals.throwNotIterable;
const ArrayCtor = global.Array;
const AP = ArrayCtor.prototype;
const TypeErrorCtor = global.TypeError;
const RangeErrorCtor = global.RangeError;
const iteratorSymbol = global.Symbol.iterator;

function def(target, fn, length) {
  defineMethod(target, fn.name, fn);
  setLength(fn, length);
}

function thisObject(self, name) {
  if (self === undefined || self === null) {
    throw new TypeErrorCtor('Array.prototype.' + name + ' called on null or undefined');
  }
  return toObject(self);
}

// 10.4.2.3 ArraySpeciesCreate: subclasses of Array get their own kind (through
// Symbol.species when the realm defines it).
const speciesSymbol = global.Symbol.species;
function speciesCreate(O, length) {
  if (!isArray(O)) return new ArrayCtor(length);
  let C = O.constructor;
  if (speciesSymbol !== undefined && C !== null && (typeof C === 'object' || typeof C === 'function')) {
    C = C[speciesSymbol];
    if (C === null) C = undefined;
  }
  if (C === undefined || C === ArrayCtor) return new ArrayCtor(length);
  if (!isConstructor(C)) throw new TypeErrorCtor('object.constructor[Symbol.species] is not a constructor');
  const A = new C(length);
  A.length = 0;
  return A;
}

function checkCallable(fn) {
  if (!isCallable(fn)) typeErrorNotFunction(fn);
}

function invoke(fn, thisArg, a, b, c) {
  return thisArg === undefined ? fn(a, b, c) : fn.call(thisArg, a, b, c);
}

def(AP, function forEach(callback, thisArg) {
  const O = thisObject(this, 'forEach');
  const len = toLength(O.length);
  checkCallable(callback);
  for (let k = 0; k < len; k++) {
    if (k in O) invoke(callback, thisArg, O[k], k, O);
  }
}, 1);

def(AP, function map(callback, thisArg) {
  const O = thisObject(this, 'map');
  const len = toLength(O.length);
  checkCallable(callback);
  const A = speciesCreate(O, len);
  if (A.length !== len) A.length = len;
  for (let k = 0; k < len; k++) {
    if (k in O) createDataProperty(A, k, invoke(callback, thisArg, O[k], k, O));
  }
  return A;
}, 1);

def(AP, function filter(callback, thisArg) {
  const O = thisObject(this, 'filter');
  const len = toLength(O.length);
  checkCallable(callback);
  const A = speciesCreate(O, 0);
  let to = 0;
  for (let k = 0; k < len; k++) {
    if (k in O) {
      const v = O[k];
      if (invoke(callback, thisArg, v, k, O)) createDataProperty(A, to++, v);
    }
  }
  return A;
}, 1);

def(AP, function some(callback, thisArg) {
  const O = thisObject(this, 'some');
  const len = toLength(O.length);
  checkCallable(callback);
  for (let k = 0; k < len; k++) {
    if (k in O && invoke(callback, thisArg, O[k], k, O)) return true;
  }
  return false;
}, 1);

def(AP, function every(callback, thisArg) {
  const O = thisObject(this, 'every');
  const len = toLength(O.length);
  checkCallable(callback);
  for (let k = 0; k < len; k++) {
    if (k in O && !invoke(callback, thisArg, O[k], k, O)) return false;
  }
  return true;
}, 1);

// find / findIndex / findLast / findLastIndex visit holes as undefined.
def(AP, function find(predicate, thisArg) {
  const O = thisObject(this, 'find');
  const len = toLength(O.length);
  checkCallable(predicate);
  for (let k = 0; k < len; k++) {
    const v = O[k];
    if (invoke(predicate, thisArg, v, k, O)) return v;
  }
  return undefined;
}, 1);

def(AP, function findIndex(predicate, thisArg) {
  const O = thisObject(this, 'findIndex');
  const len = toLength(O.length);
  checkCallable(predicate);
  for (let k = 0; k < len; k++) {
    if (invoke(predicate, thisArg, O[k], k, O)) return k;
  }
  return -1;
}, 1);

def(AP, function findLast(predicate, thisArg) {
  const O = thisObject(this, 'findLast');
  const len = toLength(O.length);
  checkCallable(predicate);
  for (let k = len - 1; k >= 0; k--) {
    const v = O[k];
    if (invoke(predicate, thisArg, v, k, O)) return v;
  }
  return undefined;
}, 1);

def(AP, function findLastIndex(predicate, thisArg) {
  const O = thisObject(this, 'findLastIndex');
  const len = toLength(O.length);
  checkCallable(predicate);
  for (let k = len - 1; k >= 0; k--) {
    if (invoke(predicate, thisArg, O[k], k, O)) return k;
  }
  return -1;
}, 1);

def(AP, function reduce(callback, initialValue) {
  const O = thisObject(this, 'reduce');
  const len = toLength(O.length);
  checkCallable(callback);
  let k = 0;
  let acc;
  if (arguments.length >= 2) {
    acc = initialValue;
  } else {
    while (k < len && !(k in O)) k++;
    if (k >= len) throw new TypeErrorCtor('Reduce of empty array with no initial value');
    acc = O[k++];
  }
  for (; k < len; k++) {
    if (k in O) acc = callback(acc, O[k], k, O);
  }
  return acc;
}, 1);

def(AP, function reduceRight(callback, initialValue) {
  const O = thisObject(this, 'reduceRight');
  const len = toLength(O.length);
  checkCallable(callback);
  let k = len - 1;
  let acc;
  if (arguments.length >= 2) {
    acc = initialValue;
  } else {
    while (k >= 0 && !(k in O)) k--;
    if (k < 0) throw new TypeErrorCtor('Reduce of empty array with no initial value');
    acc = O[k--];
  }
  for (; k >= 0; k--) {
    if (k in O) acc = callback(acc, O[k], k, O);
  }
  return acc;
}, 1);

function flattenInto(target, start, source, depth, mapper, thisArg) {
  const len = toLength(source.length);
  let to = start;
  for (let k = 0; k < len; k++) {
    if (!(k in source)) continue;
    let v = source[k];
    if (mapper !== undefined) v = invoke(mapper, thisArg, v, k, source);
    if (depth > 0 && isArray(v)) {
      to = flattenInto(target, to, v, depth - 1, undefined, undefined);
    } else {
      createDataProperty(target, to++, v);
    }
  }
  return to;
}

def(AP, function flatMap(mapper, thisArg) {
  const O = thisObject(this, 'flatMap');
  if (!isCallable(mapper)) throw new TypeErrorCtor('flatMap mapper function is not callable');
  const A = speciesCreate(O, 0);
  flattenInto(A, 0, O, 1, mapper, thisArg);
  return A;
}, 1);

// Merge sort of `items` (no holes, no undefined) with `less(a, b)` meaning "b sorts before a".
function mergeSort(items, comes_after) {
  const n = items.length;
  if (n < 2) return items;
  let src = items;
  let dst = new ArrayCtor(n);
  for (let width = 1; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = lo + width < n ? lo + width : n;
      const hi = lo + 2 * width < n ? lo + 2 * width : n;
      let i = lo, j = mid, o = lo;
      while (i < mid && j < hi) {
        if (comes_after(src[i], src[j])) dst[o++] = src[j++];
        else dst[o++] = src[i++];
      }
      while (i < mid) dst[o++] = src[i++];
      while (j < hi) dst[o++] = src[j++];
    }
    const t = src;
    src = dst;
    dst = t;
  }
  return src;
}

// 23.1.3.30.1 SortIndexedProperties + CompareArrayElements: the values in sorted order, then
// the undefined ones; holes dropped (the caller deletes the tail).
function sortedValues(O, len, comparefn) {
  const values = [];
  let undefinedCount = 0;
  for (let k = 0; k < len; k++) {
    if (!(k in O)) continue;
    const v = O[k];
    if (v === undefined) undefinedCount++;
    else values.push(v);
  }
  let sorted;
  if (comparefn === undefined) {
    const keyed = [];
    for (let i = 0; i < values.length; i++) keyed.push({ key: toStr(values[i]), value: values[i] });
    const order = mergeSort(keyed, (a, b) => a.key > b.key);
    sorted = [];
    for (let i = 0; i < order.length; i++) sorted.push(order[i].value);
  } else {
    sorted = mergeSort(values, (a, b) => {
      const r = +comparefn(a, b);
      return r > 0;
    });
  }
  for (let i = 0; i < undefinedCount; i++) sorted.push(undefined);
  return sorted;
}

function checkComparator(comparefn) {
  if (comparefn !== undefined && !isCallable(comparefn)) {
    throw new TypeErrorCtor('The comparison function must be either a function or undefined');
  }
}

def(AP, function sort(comparefn) {
  checkComparator(comparefn);
  const O = thisObject(this, 'sort');
  const len = toLength(O.length);
  const sorted = sortedValues(O, len, comparefn);
  let k = 0;
  for (; k < sorted.length; k++) O[k] = sorted[k];
  for (; k < len; k++) {
    if (k in O) delete O[k];
  }
  return O;
}, 1);

def(AP, function toSorted(comparefn) {
  checkComparator(comparefn);
  const O = thisObject(this, 'toSorted');
  const len = toLength(O.length);
  const A = new ArrayCtor(len);
  // toSorted reads holes as undefined.
  const copy = [];
  for (let k = 0; k < len; k++) copy.push(O[k]);
  const sorted = sortedValues(copy, len, comparefn);
  for (let k = 0; k < len; k++) A[k] = sorted[k];
  return A;
}, 1);

def(AP, function toReversed() {
  const O = thisObject(this, 'toReversed');
  const len = toLength(O.length);
  const A = new ArrayCtor(len);
  for (let k = 0; k < len; k++) A[k] = O[len - 1 - k];
  return A;
}, 0);

def(AP, function toSpliced(start, skipCount) {
  const O = thisObject(this, 'toSpliced');
  const len = toLength(O.length);
  const rel = toIntegerOrInfinity(start);
  const actualStart = rel < 0 ? (len + rel > 0 ? len + rel : 0) : (rel < len ? rel : len);
  let skip;
  if (arguments.length === 0) skip = 0;
  else if (arguments.length === 1) skip = len - actualStart;
  else {
    const sc = toIntegerOrInfinity(skipCount);
    skip = sc < 0 ? 0 : (sc > len - actualStart ? len - actualStart : sc);
  }
  const A = [];
  for (let k = 0; k < actualStart; k++) A.push(O[k]);
  for (let i = 2; i < arguments.length; i++) A.push(arguments[i]);
  for (let k = actualStart + skip; k < len; k++) A.push(O[k]);
  return A;
}, 2);

def(AP, function with_(index, value) {
  const O = thisObject(this, 'with');
  const len = toLength(O.length);
  const rel = toIntegerOrInfinity(index);
  const actual = rel >= 0 ? rel : len + rel;
  if (actual >= len || actual < 0) throw new RangeErrorCtor('Invalid index : ' + toStr(index));
  const A = new ArrayCtor(len);
  for (let k = 0; k < len; k++) A[k] = k === actual ? value : O[k];
  return A;
}, 2);
internals.renameMethod(AP, 'with_', 'with');

// 23.1.2.1 Array.from: iterables first, then array-likes.
def(ArrayCtor, function from(items, mapfn, thisArg) {
  const C = this;
  const useCtor = C !== ArrayCtor && isConstructor(C);
  if (mapfn !== undefined) checkCallable(mapfn);
  if (items === undefined || items === null) throwNotIterable(items);
  const usingIterator = items[iteratorSymbol];
  if (usingIterator !== undefined && usingIterator !== null) {
    const A = useCtor ? new C() : [];
    let k = 0;
    for (const v of items) {
      createDataProperty(A, k, mapfn === undefined ? v : invoke(mapfn, thisArg, v, k));
      k++;
    }
    A.length = k;
    return A;
  }
  const arrayLike = toObject(items);
  const len = toLength(arrayLike.length);
  const A = useCtor ? new C(len) : new ArrayCtor(len);
  for (let k = 0; k < len; k++) {
    const v = arrayLike[k];
    createDataProperty(A, k, mapfn === undefined ? v : invoke(mapfn, thisArg, v, k));
  }
  A.length = len;
  return A;
}, 1);

// Map.prototype.forEach / Set.prototype.forEach: the live iterator sees entries added during
// the walk and skips deleted ones (24.1.3.5).
const collectionIterator = internals.collectionIterator;
// V8 words this one differently from the Array methods: "string \"x\" is not a function".
function checkCallableTyped(fn) {
  if (isCallable(fn)) return;
  let shown;
  if (fn === null) shown = 'object null';
  else if (typeof fn === 'object') shown = 'object';
  else if (typeof fn === 'string') shown = 'string "' + fn + '"';
  else if (typeof fn === 'symbol' || fn === undefined) shown = typeof fn;
  else shown = typeof fn + ' ' + toStr(fn);
  throw new TypeErrorCtor(shown + ' is not a function');
}
def(global.Map.prototype, function forEach(callback, thisArg) {
  const it = collectionIterator(this, 'Map');
  checkCallableTyped(callback);
  for (const e of it) invoke(callback, thisArg, e[1], e[0], this);
}, 1);
def(global.Set.prototype, function forEach(callback, thisArg) {
  const it = collectionIterator(this, 'Set');
  checkCallableTyped(callback);
  for (const v of it) invoke(callback, thisArg, v, v, this);
}, 1);
}))JS";
}

namespace {

Value prelude_to_string(Vm& vm, Value, ArgList args) {
  String* s = to_string(vm, args[0]);
  return s ? Value(s) : Value::exception();
}

// setFunctionLength(fn, n): the `length` a builtin has in node (its declared parameters may
// differ: optional ones do not count).
Value prelude_set_function_length(Vm& vm, Value, ArgList args) {
  if (!Vm::is_callable(args[0])) return Value::undefined();
  args[0].as_object()->define(vm.key("length"), args[1], kConfigurable);
  return Value::undefined();
}

// renameMethod(obj, from, to): moves a method to a key its function name cannot spell (`with`
// is a reserved word) and renames the function.
Value prelude_rename_method(Vm& vm, Value, ArgList args) {
  if (!args[0].is_object() || !args[1].is_string() || !args[2].is_string()) return Value::undefined();
  Object* o = args[0].as_object();
  PropKey from = vm.key(args[1].as_string()->to_utf8());
  PropKey to = vm.key(args[2].as_string()->to_utf8());
  auto d = o->get_own_property(from);
  if (!d) return Value::undefined();
  o->delete_property(from);
  o->define(to, d->value, d->attrs);
  if (Vm::is_callable(d->value)) d->value.as_object()->define(vm.key("name"), args[2], kConfigurable);
  return Value::undefined();
}

// collectionIterator(obj, 'Map' | 'Set'): the entries (Map) or values (Set) iterator of obj,
// or V8's incompatible-receiver TypeError for forEach.
Value prelude_collection_iterator(Vm& vm, Value, ArgList args) {
  bool want_map = args[1].is_string() && args[1].as_string()->text() == u"Map";
  ObjectClass cls = want_map ? ObjectClass::kMap : ObjectClass::kSet;
  Value target = args[0];
  if (!target.is_object() || target.as_object()->object_class() != cls) {
    return vm.throw_type_error(std::string("Method ") + (want_map ? "Map" : "Set") +
                               ".prototype.forEach called on incompatible receiver " +
                               builtins::describe_for_error(vm, target));
  }
  Realm& realm = vm.realm();
  return Value(vm.heap().make<IteratorObject>(
      want_map ? realm.map_iterator_prototype : realm.set_iterator_prototype,
      want_map ? ObjectClass::kMapIterator : ObjectClass::kSetIterator, target,
      want_map ? IteratorObject::Mode::kEntries : IteratorObject::Mode::kValues));
}

Value prelude_is_constructor(Vm&, Value, ArgList args) {
  return Value::boolean(Vm::is_constructor(args[0]));
}

Value prelude_throw_not_iterable(Vm& vm, Value, ArgList args) {
  return builtins::not_iterable(vm, args[0]);
}

}  // namespace

void install_prelude_internals(Realm& realm, Object* internals) {
  Vm& vm = realm.vm();
  vm.define_method(internals, "toString", prelude_to_string, 1);
  vm.define_method(internals, "setFunctionLength", prelude_set_function_length, 2);
  vm.define_method(internals, "renameMethod", prelude_rename_method, 3);
  vm.define_method(internals, "collectionIterator", prelude_collection_iterator, 2);
  vm.define_method(internals, "throwNotIterable", prelude_throw_not_iterable, 1);
  vm.define_method(internals, "isConstructor", prelude_is_constructor, 1);
}

}  // namespace looplab::js
