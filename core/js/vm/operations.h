// The runtime semantics behind instructions whose slow paths are too long for the dispatch loop:
// operators on arbitrary values, property access by value, iteration and for-in. Each follows the
// Vm's throwing convention (Value::exception() / false / nullptr).
#pragma once

#include "core/js/vm/vm.h"

namespace looplab::js::ops {

Value add(Vm& vm, Value a, Value b);
Value arithmetic(Vm& vm, int op, Value a, Value b);  // op: the Op enum value of kSub..kBitXor
// 7.2.13 IsLessThan for `<`, `<=`, `>`, `>=` (op as in arithmetic()).
Value compare(Vm& vm, int op, Value a, Value b);
Value instance_of(Vm& vm, Value v, Value target);
Value has_property(Vm& vm, Value key, Value target);  // `key in target`
Value type_of(Vm& vm, Value v);

// obj.name / obj[key] with V8's messages for undefined and null.
Value get_named(Vm& vm, Value target, PropKey key);
Value get_by_value(Vm& vm, Value target, Value key);
// Strict-mode [[Set]] (TypeError on failure) unless `sloppy`.
Value set_named(Vm& vm, Value target, PropKey key, Value value, bool sloppy);
Value set_by_value(Vm& vm, Value target, Value key, Value value, bool sloppy);
Value delete_by_key(Vm& vm, Value target, Value key, bool strict);

// GetIterator(obj, sync): the iterator and its next method. `is_async`: for await (falls back to
// the sync iterator, whose results are awaited by the loop).
// `text` renders the iterable's expression for V8's "x is not iterable" (see iterable_text() in
// the compiler): "" for a generic message, "\x01" for a spread in call arguments.
bool get_iterator(Vm& vm, Value iterable, bool is_async, Value& iterator, Value& next,
                  std::string_view text = "", bool* is_sync = nullptr);
// Appends every value an iterable yields to `array` (spread).
bool spread_into(Vm& vm, ArrayObject* array, Value iterable, std::string_view text = "");
// IteratorClose with a normal completion: calls return() if present.
bool iterator_close(Vm& vm, Value iterator);

// for-in: an internal object listing the enumerable string keys of target and its prototypes.
Value for_in_prepare(Vm& vm, Value target);
// The next key still present, or the hole when done.
Value for_in_next(Vm& vm, Value iterator);

// Object spread and rest: copies own enumerable properties of `source` to `target`.
bool copy_data_properties(Vm& vm, Object* target, Value source, const std::vector<PropKey>& excluded);

// The arguments object of a call.
Object* make_arguments(Vm& vm, ArgList args);

}  // namespace looplab::js::ops
