// ArrayBuffer, %TypedArray% and its nine concrete constructors (ECMA-262 25.1, 23.2).
//
// One generic implementation serves every element kind: each concrete constructor is a native
// whose slot 0 holds its TypedArrayKind. The methods that take callbacks (forEach, map, filter,
// reduce, sort with a comparator, from...) are JavaScript, in prelude_typed_array.cpp, so their
// callbacks run as ordinary VM frames; everything else is here. Error messages are V8's.
#include "core/js/runtime/typed_array.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <string>

#include "core/js/builtins/builtin_helpers.h"
#include "core/js/builtins/builtins.h"
#include "core/js/runtime/conversions.h"
#include "core/js/vm/vm.h"

namespace looplab::js {

namespace {

static_assert(kTypedArrayKindCount == std::tuple_size_v<decltype(Realm::typed_array_prototypes)>);

constexpr double kMaxSafeInteger = 9007199254740991.0;

std::string receiver_text(Vm& vm, Value v) {
  if (v.is_object() && v.as_object()->is_array()) return "[object Array]";
  return builtins::describe_for_error(vm, v);
}

TypedArrayObject* this_typed(Vm& vm, Value this_value) {
  if (is_typed_array(this_value)) return static_cast<TypedArrayObject*>(this_value.as_object());
  vm.throw_type_error("this is not a typed array.");
  return nullptr;
}

TypedArrayObject* this_typed_getter(Vm& vm, Value this_value, const char* name) {
  if (is_typed_array(this_value)) return static_cast<TypedArrayObject*>(this_value.as_object());
  vm.throw_type_error(std::string("Method get TypedArray.prototype.") + name +
                      " called on incompatible receiver " + receiver_text(vm, this_value));
  return nullptr;
}

ArrayBufferObject* this_buffer(Vm& vm, Value this_value, const char* method) {
  if (is_array_buffer(this_value)) return static_cast<ArrayBufferObject*>(this_value.as_object());
  vm.throw_type_error(std::string("Method ") + method + " called on incompatible receiver " +
                      receiver_text(vm, this_value));
  return nullptr;
}

// 7.1.22 ToIndex, with the RangeError message the caller names.
std::optional<double> to_index(Vm& vm, Value v, const std::string& message_prefix, bool show_value) {
  auto n = to_integer_or_infinity(vm, v);
  if (!n) return std::nullopt;
  if (*n < 0 || *n > kMaxSafeInteger) {
    vm.throw_range_error(show_value ? message_prefix + number_to_string(*n) : message_prefix);
    return std::nullopt;
  }
  return *n;
}

ArrayBufferObject* allocate_buffer(Vm& vm, Object* proto, double byte_length) {
  return make_array_buffer(vm, byte_length, proto);
}

TypedArrayKind kind_of_native(Vm& vm) {
  return static_cast<TypedArrayKind>(static_cast<int>(vm.current_native()->slot(0).as_number()));
}

// 23.2.4.1 TypedArraySpeciesCreate: the exemplar's constructor[Symbol.species], or the kind's own
// constructor, called with `args`; the result must be a typed array.
Value species_create(Vm& vm, TypedArrayObject* exemplar, ArgList args) {
  Realm& realm = vm.realm();
  Value fallback = Value(realm.typed_array_constructors[static_cast<std::size_t>(exemplar->kind())]);
  Value c = exemplar->get(vm, vm.key("constructor"));
  if (c.is_exception()) return c;
  Value ctor = fallback;
  if (!c.is_undefined()) {
    if (!c.is_object()) return vm.throw_type_error("object.constructor is not an object");
    Symbol* species = well_known_symbol(realm, "species");
    Value s = species != nullptr ? c.as_object()->get(vm, PropKey(species)) : Value::undefined();
    if (s.is_exception()) return s;
    if (!s.is_nullish()) {
      if (!Vm::is_constructor(s))
        return vm.throw_type_error("object.constructor[Symbol.species] is not a constructor");
      ctor = s;
    }
  }
  Value result = vm.construct(ctor, args);
  if (result.is_exception()) return result;
  if (!is_typed_array(result)) return vm.throw_type_error("this is not a typed array.");
  if (args.size() == 1 && args[0].is_number() &&
      static_cast<double>(static_cast<TypedArrayObject*>(result.as_object())->length()) <
          args[0].as_number()) {
    return vm.throw_type_error("Derived TypedArray constructor created an array which was too small");
  }
  return result;
}

// ---- ArrayBuffer ----

Value array_buffer_ctor(Vm& vm, Value, ArgList args) {
  if (vm.new_target().is_undefined()) return vm.throw_type_error("Constructor ArrayBuffer requires 'new'");
  auto length = to_index(vm, args[0], "Invalid array buffer length", false);
  if (!length) return Value::exception();
  Object* proto = vm.prototype_from_constructor(vm.new_target(), vm.realm().array_buffer_prototype);
  ArrayBufferObject* b = allocate_buffer(vm, proto, *length);
  return b != nullptr ? Value(b) : Value::exception();
}

Value array_buffer_is_view(Vm&, Value, ArgList args) {
  return Value::boolean(is_typed_array(args[0]));
}

Value array_buffer_byte_length(Vm& vm, Value this_value, ArgList) {
  ArrayBufferObject* b = this_buffer(vm, this_value, "ArrayBuffer.prototype.byteLength");
  if (b == nullptr) return Value::exception();
  return Value(static_cast<double>(b->byte_length()));
}

Value array_buffer_resizable(Vm& vm, Value this_value, ArgList) {
  if (this_buffer(vm, this_value, "ArrayBuffer.prototype.resizable") == nullptr) return Value::exception();
  return Value::boolean(false);
}

Value array_buffer_slice(Vm& vm, Value this_value, ArgList args) {
  ArrayBufferObject* b = this_buffer(vm, this_value, "ArrayBuffer.prototype.slice");
  if (b == nullptr) return Value::exception();
  auto len = static_cast<double>(b->byte_length());
  auto first = builtins::relative_index(vm, args[0], len, 0);
  if (!first) return Value::exception();
  auto last = builtins::relative_index(vm, args[1], len, len);
  if (!last) return Value::exception();
  double count = std::max(*last - *first, 0.0);
  ArrayBufferObject* r = allocate_buffer(vm, vm.realm().array_buffer_prototype, count);
  if (r == nullptr) return Value::exception();
  if (count > 0)
    std::memcpy(r->data().data(), b->data().data() + static_cast<std::size_t>(*first), r->byte_length());
  return Value(r);
}

// ---- Constructors ----

Value abstract_ctor(Vm& vm, Value, ArgList) {
  return vm.throw_type_error("Abstract class TypedArray not directly constructable");
}

// From an array-like or an iterable object (23.2.5.1.4 InitializeTypedArrayFromList / ArrayLike).
Value init_from_object(Vm& vm, TypedArrayKind kind, Object* proto, Object* source) {
  std::vector<Value> values;
  PropKey iterator_key(vm.realm().symbol_iterator);
  Value using_iterator = source->get(vm, iterator_key);
  if (using_iterator.is_exception()) return using_iterator;
  if (!using_iterator.is_nullish()) {
    if (!Vm::is_callable(using_iterator)) {
      return vm.throw_type_error(builtins::describe_for_error(vm, using_iterator) + " is not a function");
    }
    Value r = builtins::iterate(vm, Value(source), [&](Value item) -> Value {
      values.push_back(item);
      return Value::undefined();
    });
    if (r.is_exception()) return r;
    TypedArrayObject* ta = make_typed_array(vm, kind, static_cast<double>(values.size()), proto);
    if (ta == nullptr) return Value::exception();
    for (std::size_t i = 0; i < values.size(); ++i) {
      auto n = to_number(vm, values[i]);
      if (!n) return Value::exception();
      ta->set_element(i, *n);
    }
    return Value(ta);
  }
  auto length = builtins::length_of(vm, source);
  if (!length) return Value::exception();
  TypedArrayObject* ta = make_typed_array(vm, kind, *length, proto);
  if (ta == nullptr) return Value::exception();
  for (std::size_t i = 0; i < ta->length(); ++i) {
    Value v = builtins::get_index(vm, source, static_cast<double>(i));
    if (v.is_exception()) return v;
    auto n = to_number(vm, v);
    if (!n) return Value::exception();
    ta->set_element(i, *n);
  }
  return Value(ta);
}

Value init_from_buffer(Vm& vm, TypedArrayKind kind, Object* proto, ArrayBufferObject* buffer,
                       Value offset_arg, Value length_arg) {
  const std::string name = typed_array_name(kind);
  auto size = static_cast<double>(element_size(kind));
  auto offset = to_integer_or_infinity(vm, offset_arg);
  if (!offset) return Value::exception();
  if (*offset < 0 || *offset > kMaxSafeInteger) {
    return vm.throw_range_error("Start offset " + number_to_string(*offset) +
                                " is outside the bounds of the buffer");
  }
  if (std::fmod(*offset, size) != 0) {
    return vm.throw_range_error("start offset of " + name + " should be a multiple of " +
                                number_to_string(size));
  }
  double new_length = 0;
  if (!length_arg.is_undefined()) {
    auto n = to_index(vm, length_arg, "Invalid typed array length: ", true);
    if (!n) return Value::exception();
    new_length = *n;
  }
  auto buffer_length = static_cast<double>(buffer->byte_length());
  if (length_arg.is_undefined()) {
    if (std::fmod(buffer_length, size) != 0) {
      return vm.throw_range_error("byte length of " + name + " should be a multiple of " +
                                  number_to_string(size));
    }
    if (*offset > buffer_length) {
      return vm.throw_range_error("Start offset " + number_to_string(*offset) +
                                  " is outside the bounds of the buffer");
    }
    new_length = (buffer_length - *offset) / size;
  } else if (*offset + new_length * size > buffer_length) {
    return vm.throw_range_error("Invalid typed array length: " + number_to_string(new_length));
  }
  return Value(vm.heap().make<TypedArrayObject>(proto, kind, buffer, static_cast<std::size_t>(*offset),
                                                static_cast<std::size_t>(new_length)));
}

Value typed_array_ctor(Vm& vm, Value, ArgList args) {
  TypedArrayKind kind = kind_of_native(vm);
  if (vm.new_target().is_undefined()) {
    return vm.throw_type_error(std::string("Constructor ") + typed_array_name(kind) + " requires 'new'");
  }
  Object* proto = vm.prototype_from_constructor(
      vm.new_target(), vm.realm().typed_array_prototypes[static_cast<std::size_t>(kind)]);
  Value first = args[0];
  if (!first.is_object()) {
    auto length = to_index(vm, first, "Invalid typed array length: ", true);
    if (!length) return Value::exception();
    TypedArrayObject* ta = make_typed_array(vm, kind, *length, proto);
    return ta != nullptr ? Value(ta) : Value::exception();
  }
  Object* o = first.as_object();
  if (o->object_class() == ObjectClass::kArrayBuffer) {
    return init_from_buffer(vm, kind, proto, static_cast<ArrayBufferObject*>(o), args[1], args[2]);
  }
  if (o->object_class() == ObjectClass::kTypedArray) {
    auto* source = static_cast<TypedArrayObject*>(o);
    TypedArrayObject* ta = make_typed_array(vm, kind, static_cast<double>(source->length()), proto);
    if (ta == nullptr) return Value::exception();
    if (source->kind() == kind) {
      std::memcpy(ta->bytes(), source->bytes(), source->byte_length());
    } else {
      for (std::size_t i = 0; i < source->length(); ++i) ta->set_element(i, source->element(i));
    }
    return Value(ta);
  }
  return init_from_object(vm, kind, proto, o);
}

// ---- %TypedArray%.prototype getters ----

Value ta_buffer(Vm& vm, Value this_value, ArgList) {
  TypedArrayObject* ta = this_typed_getter(vm, this_value, "buffer");
  return ta != nullptr ? Value(ta->buffer()) : Value::exception();
}
Value ta_byte_length(Vm& vm, Value this_value, ArgList) {
  TypedArrayObject* ta = this_typed_getter(vm, this_value, "byteLength");
  return ta != nullptr ? Value(static_cast<double>(ta->byte_length())) : Value::exception();
}
Value ta_byte_offset(Vm& vm, Value this_value, ArgList) {
  TypedArrayObject* ta = this_typed_getter(vm, this_value, "byteOffset");
  return ta != nullptr ? Value(static_cast<double>(ta->byte_offset())) : Value::exception();
}
Value ta_length(Vm& vm, Value this_value, ArgList) {
  TypedArrayObject* ta = this_typed_getter(vm, this_value, "length");
  return ta != nullptr ? Value(static_cast<double>(ta->length())) : Value::exception();
}
Value ta_to_string_tag(Vm& vm, Value this_value, ArgList) {
  if (!is_typed_array(this_value)) return Value::undefined();
  return Value(vm.atom(typed_array_name(static_cast<TypedArrayObject*>(this_value.as_object())->kind())));
}

// ---- %TypedArray%.prototype methods ----

Value make_iterator(Vm& vm, Value this_value, IteratorObject::Mode mode) {
  if (this_typed(vm, this_value) == nullptr) return Value::exception();
  return Value(vm.heap().make<IteratorObject>(vm.realm().array_iterator_prototype,
                                              ObjectClass::kArrayIterator, this_value, mode));
}
Value ta_values(Vm& vm, Value this_value, ArgList) {
  return make_iterator(vm, this_value, IteratorObject::Mode::kValues);
}
Value ta_keys(Vm& vm, Value this_value, ArgList) {
  return make_iterator(vm, this_value, IteratorObject::Mode::kKeys);
}
Value ta_entries(Vm& vm, Value this_value, ArgList) {
  return make_iterator(vm, this_value, IteratorObject::Mode::kEntries);
}

Value ta_at(Vm& vm, Value this_value, ArgList args) {
  TypedArrayObject* ta = this_typed(vm, this_value);
  if (ta == nullptr) return Value::exception();
  auto n = to_integer_or_infinity(vm, args[0]);
  if (!n) return Value::exception();
  auto len = static_cast<double>(ta->length());
  double k = *n >= 0 ? *n : len + *n;
  if (k < 0 || k >= len) return Value::undefined();
  return Value(ta->element(static_cast<std::size_t>(k)));
}

Value ta_fill(Vm& vm, Value this_value, ArgList args) {
  TypedArrayObject* ta = this_typed(vm, this_value);
  if (ta == nullptr) return Value::exception();
  auto value = to_number(vm, args[0]);
  if (!value) return Value::exception();
  auto len = static_cast<double>(ta->length());
  auto first = builtins::relative_index(vm, args[1], len, 0);
  if (!first) return Value::exception();
  auto last = builtins::relative_index(vm, args[2], len, len);
  if (!last) return Value::exception();
  for (auto i = static_cast<std::size_t>(*first); static_cast<double>(i) < *last; ++i)
    ta->set_element(i, *value);
  return this_value;
}

// indexOf / lastIndexOf / includes share the search; `same_value_zero` finds NaN.
Value search(Vm& vm, Value this_value, ArgList args, bool backwards, bool same_value_zero) {
  TypedArrayObject* ta = this_typed(vm, this_value);
  if (ta == nullptr) return Value::exception();
  auto len = static_cast<double>(ta->length());
  Value not_found = same_value_zero ? Value::boolean(false) : Value(-1.0);
  if (len == 0) return not_found;
  double k;
  if (backwards) {
    double from = len - 1;
    if (args.size() > 1) {
      auto n = to_integer_or_infinity(vm, args[1]);
      if (!n) return Value::exception();
      from = *n >= 0 ? std::min(*n, len - 1) : len + *n;
    }
    k = from;
  } else {
    auto from = builtins::relative_index(vm, args[1], len, 0);
    if (!from) return Value::exception();
    k = *from;
  }
  if (!args[0].is_number()) return not_found;
  double target = args[0].as_number();
  bool nan = std::isnan(target);
  if (backwards) {
    for (; k >= 0; k -= 1) {
      if (ta->element(static_cast<std::size_t>(k)) == target) return Value(k);
    }
    return not_found;
  }
  for (; k < len; k += 1) {
    double e = ta->element(static_cast<std::size_t>(k));
    if (e == target || (same_value_zero && nan && std::isnan(e))) {
      return same_value_zero ? Value::boolean(true) : Value(k);
    }
  }
  return not_found;
}
Value ta_index_of(Vm& vm, Value this_value, ArgList args) {
  return search(vm, this_value, args, false, false);
}
Value ta_last_index_of(Vm& vm, Value this_value, ArgList args) {
  return search(vm, this_value, args, true, false);
}
Value ta_includes(Vm& vm, Value this_value, ArgList args) {
  return search(vm, this_value, args, false, true);
}

Value ta_join(Vm& vm, Value this_value, ArgList args) {
  TypedArrayObject* ta = this_typed(vm, this_value);
  if (ta == nullptr) return Value::exception();
  std::u16string sep = u",";
  if (!args[0].is_undefined()) {
    String* s = to_string(vm, args[0]);
    if (s == nullptr) return Value::exception();
    sep = s->text();
  }
  std::u16string out;
  for (std::size_t i = 0; i < ta->length(); ++i) {
    if (i > 0) out += sep;
    out += number_to_u16string(ta->element(i));
  }
  return Value(vm.string(std::move(out)));
}

Value ta_to_locale_string(Vm& vm, Value this_value, ArgList) {
  TypedArrayObject* ta = this_typed(vm, this_value);
  if (ta == nullptr) return Value::exception();
  std::u16string out;
  for (std::size_t i = 0; i < ta->length(); ++i) {
    if (i > 0) out += u",";
    Value n(ta->element(i));
    Value fn = vm.get(n, "toLocaleString");
    if (fn.is_exception()) return fn;
    Value s = vm.call(fn, n, ArgList());
    if (s.is_exception()) return s;
    String* text = to_string(vm, s);
    if (text == nullptr) return Value::exception();
    out += text->text();
  }
  return Value(vm.string(std::move(out)));
}

Value ta_reverse(Vm& vm, Value this_value, ArgList) {
  TypedArrayObject* ta = this_typed(vm, this_value);
  if (ta == nullptr) return Value::exception();
  std::size_t n = ta->length();
  for (std::size_t i = 0; i < n / 2; ++i) {
    double a = ta->element(i);
    ta->set_element(i, ta->element(n - 1 - i));
    ta->set_element(n - 1 - i, a);
  }
  return this_value;
}

Value ta_to_reversed(Vm& vm, Value this_value, ArgList) {
  TypedArrayObject* ta = this_typed(vm, this_value);
  if (ta == nullptr) return Value::exception();
  TypedArrayObject* r = make_typed_array(vm, ta->kind(), static_cast<double>(ta->length()));
  if (r == nullptr) return Value::exception();
  for (std::size_t i = 0; i < ta->length(); ++i) r->set_element(i, ta->element(ta->length() - 1 - i));
  return Value(r);
}

Value ta_with(Vm& vm, Value this_value, ArgList args) {
  TypedArrayObject* ta = this_typed(vm, this_value);
  if (ta == nullptr) return Value::exception();
  auto rel = to_integer_or_infinity(vm, args[0]);
  if (!rel) return Value::exception();
  auto len = static_cast<double>(ta->length());
  double index = *rel >= 0 ? *rel : len + *rel;
  auto value = to_number(vm, args[1]);
  if (!value) return Value::exception();
  if (index < 0 || index >= len) return vm.throw_range_error("Invalid typed array index");
  TypedArrayObject* r = make_typed_array(vm, ta->kind(), len);
  if (r == nullptr) return Value::exception();
  std::memcpy(r->bytes(), ta->bytes(), ta->byte_length());
  r->set_element(static_cast<std::size_t>(index), *value);
  return Value(r);
}

Value ta_copy_within(Vm& vm, Value this_value, ArgList args) {
  TypedArrayObject* ta = this_typed(vm, this_value);
  if (ta == nullptr) return Value::exception();
  auto len = static_cast<double>(ta->length());
  auto to = builtins::relative_index(vm, args[0], len, 0);
  if (!to) return Value::exception();
  auto from = builtins::relative_index(vm, args[1], len, 0);
  if (!from) return Value::exception();
  auto last = builtins::relative_index(vm, args[2], len, len);
  if (!last) return Value::exception();
  double count = std::min(*last - *from, len - *to);
  if (count > 0) {
    std::size_t size = element_size(ta->kind());
    std::memmove(ta->bytes() + static_cast<std::size_t>(*to) * size,
                 ta->bytes() + static_cast<std::size_t>(*from) * size,
                 static_cast<std::size_t>(count) * size);
  }
  return this_value;
}

// 23.2.3.26 %TypedArray%.prototype.set(source, offset).
Value ta_set(Vm& vm, Value this_value, ArgList args) {
  TypedArrayObject* ta = this_typed(vm, this_value);
  if (ta == nullptr) return Value::exception();
  auto offset = to_integer_or_infinity(vm, args[1]);
  if (!offset) return Value::exception();
  if (*offset < 0) return vm.throw_range_error("offset is out of bounds");
  auto target_length = static_cast<double>(ta->length());
  if (is_typed_array(args[0])) {
    auto* source = static_cast<TypedArrayObject*>(args[0].as_object());
    if (static_cast<double>(source->length()) + *offset > target_length) {
      return vm.throw_range_error("offset is out of bounds");
    }
    std::vector<double> values(source->length());  // the two may share a buffer
    for (std::size_t i = 0; i < values.size(); ++i) values[i] = source->element(i);
    auto start = static_cast<std::size_t>(*offset);
    for (std::size_t i = 0; i < values.size(); ++i) ta->set_element(start + i, values[i]);
    return Value::undefined();
  }
  Object* source = to_object(vm, args[0]);
  if (source == nullptr) return Value::exception();
  auto length = builtins::length_of(vm, source);
  if (!length) return Value::exception();
  if (*length + *offset > target_length) return vm.throw_range_error("offset is out of bounds");
  auto start = static_cast<std::size_t>(*offset);
  for (std::size_t i = 0; static_cast<double>(i) < *length; ++i) {
    Value v = builtins::get_index(vm, source, static_cast<double>(i));
    if (v.is_exception()) return v;
    auto n = to_number(vm, v);
    if (!n) return Value::exception();
    if (start + i < ta->length()) ta->set_element(start + i, *n);
  }
  return Value::undefined();
}

Value ta_slice(Vm& vm, Value this_value, ArgList args) {
  TypedArrayObject* ta = this_typed(vm, this_value);
  if (ta == nullptr) return Value::exception();
  auto len = static_cast<double>(ta->length());
  auto first = builtins::relative_index(vm, args[0], len, 0);
  if (!first) return Value::exception();
  auto last = builtins::relative_index(vm, args[1], len, len);
  if (!last) return Value::exception();
  double count = std::max(*last - *first, 0.0);
  Value count_value(count);
  Value r = species_create(vm, ta, ArgList(&count_value, 1));
  if (r.is_exception()) return r;
  auto* out = static_cast<TypedArrayObject*>(r.as_object());
  auto start = static_cast<std::size_t>(*first);
  auto n = static_cast<std::size_t>(count);
  if (out->kind() == ta->kind()) {
    std::size_t size = element_size(ta->kind());
    std::memmove(out->bytes(), ta->bytes() + start * size, std::min(n, out->length()) * size);
  } else {
    for (std::size_t i = 0; i < n && i < out->length(); ++i) out->set_element(i, ta->element(start + i));
  }
  return r;
}

Value ta_subarray(Vm& vm, Value this_value, ArgList args) {
  TypedArrayObject* ta = this_typed(vm, this_value);
  if (ta == nullptr) return Value::exception();
  auto len = static_cast<double>(ta->length());
  auto first = builtins::relative_index(vm, args[0], len, 0);
  if (!first) return Value::exception();
  auto last = builtins::relative_index(vm, args[1], len, len);
  if (!last) return Value::exception();
  double count = std::max(*last - *first, 0.0);
  Value ctor_args[3] = {
      Value(ta->buffer()),
      Value(static_cast<double>(ta->byte_offset()) + *first * static_cast<double>(element_size(ta->kind()))),
      Value(count)};
  return species_create(vm, ta, ArgList(ctor_args, 3));
}

// ---- Natives for the prelude ----

// validateTypedArray(O): O's length, or throws "this is not a typed array.".
Value prelude_validate(Vm& vm, Value, ArgList args) {
  TypedArrayObject* ta = this_typed(vm, args[0]);
  return ta != nullptr ? Value(static_cast<double>(ta->length())) : Value::exception();
}
// speciesCreate(O, length): TypedArraySpeciesCreate(O, « length »).
Value prelude_species_create(Vm& vm, Value, ArgList args) {
  TypedArrayObject* ta = this_typed(vm, args[0]);
  if (ta == nullptr) return Value::exception();
  Value length = args[1];
  return species_create(vm, ta, ArgList(&length, 1));
}
// typedArrayCreate(C, length): `new C(length)`, checked to be a typed array at least that long.
Value prelude_create(Vm& vm, Value, ArgList args) {
  if (!Vm::is_constructor(args[0])) {
    return vm.throw_type_error(builtins::describe_for_error(vm, args[0]) + " is not a constructor");
  }
  Value length = args[1];
  Value r = vm.construct(args[0], ArgList(&length, 1));
  if (r.is_exception()) return r;
  if (!is_typed_array(r)) return vm.throw_type_error("this is not a typed array.");
  if (static_cast<double>(static_cast<TypedArrayObject*>(r.as_object())->length()) < length.as_number()) {
    return vm.throw_type_error("Derived TypedArray constructor created an array which was too small");
  }
  return r;
}
// sortNumbers(O): the default sort (numeric, -0 before +0, NaN last), in place.
Value prelude_sort_numbers(Vm& vm, Value, ArgList args) {
  TypedArrayObject* ta = this_typed(vm, args[0]);
  if (ta == nullptr) return Value::exception();
  std::vector<double> values(ta->length());
  for (std::size_t i = 0; i < values.size(); ++i) values[i] = ta->element(i);
  std::stable_sort(values.begin(), values.end(), [](double a, double b) {
    if (std::isnan(a)) return false;
    if (std::isnan(b)) return true;
    if (a == 0 && b == 0) return std::signbit(a) && !std::signbit(b);
    return a < b;
  });
  for (std::size_t i = 0; i < values.size(); ++i) ta->set_element(i, values[i]);
  return args[0];
}
// kindConstructor(O): the intrinsic constructor of O's kind (toSorted makes one of these).
Value prelude_kind_constructor(Vm& vm, Value, ArgList args) {
  TypedArrayObject* ta = this_typed(vm, args[0]);
  if (ta == nullptr) return Value::exception();
  return Value(vm.realm().typed_array_constructors[static_cast<std::size_t>(ta->kind())]);
}

}  // namespace

void install_typed_array_prelude_internals(Realm& realm, Object* internals) {
  Vm& vm = realm.vm();
  vm.define_method(internals, "validateTypedArray", prelude_validate, 1);
  vm.define_method(internals, "typedArraySpeciesCreate", prelude_species_create, 2);
  vm.define_method(internals, "typedArrayCreate", prelude_create, 2);
  vm.define_method(internals, "typedArraySortNumbers", prelude_sort_numbers, 1);
  vm.define_method(internals, "typedArrayKindConstructor", prelude_kind_constructor, 1);
}

void install_typed_array(Realm& realm) {
  Vm& vm = realm.vm();
  PropKey tag_key(realm.symbol_to_string_tag);
  PropKey iterator_key(realm.symbol_iterator);

  Object* abp = realm.array_buffer_prototype;
  NativeFunction* ab = vm.new_native_constructor("ArrayBuffer", 1, array_buffer_ctor, abp);
  define_species_getter(realm, ab);
  vm.define_method(ab, "isView", array_buffer_is_view, 1);
  vm.define_getter(abp, "byteLength", array_buffer_byte_length);
  vm.define_method(abp, "slice", array_buffer_slice, 2);
  vm.define_getter(abp, "maxByteLength", array_buffer_byte_length);
  vm.define_getter(abp, "resizable", array_buffer_resizable);
  abp->define(tag_key, Value(vm.atom("ArrayBuffer")), kConfigurable);
  realm.define_global("ArrayBuffer", Value(ab));

  Object* tap = realm.typed_array_prototype;
  NativeFunction* ta = vm.new_native_constructor("TypedArray", 0, abstract_ctor, tap);
  realm.typed_array_constructor = ta;
  define_species_getter(realm, ta);
  vm.define_getter(tap, "buffer", ta_buffer);
  vm.define_getter(tap, "byteLength", ta_byte_length);
  vm.define_getter(tap, "byteOffset", ta_byte_offset);
  vm.define_getter(tap, "length", ta_length);
  vm.define_method(tap, "entries", ta_entries, 0);
  vm.define_method(tap, "keys", ta_keys, 0);
  NativeFunction* values = vm.define_method(tap, "values", ta_values, 0);
  vm.define_method(tap, "at", ta_at, 1);
  vm.define_method(tap, "copyWithin", ta_copy_within, 2);
  vm.define_method(tap, "fill", ta_fill, 1);
  vm.define_method(tap, "includes", ta_includes, 1);
  vm.define_method(tap, "indexOf", ta_index_of, 1);
  vm.define_method(tap, "join", ta_join, 1);
  vm.define_method(tap, "lastIndexOf", ta_last_index_of, 1);
  vm.define_method(tap, "reverse", ta_reverse, 0);
  vm.define_method(tap, "set", ta_set, 1);
  vm.define_method(tap, "slice", ta_slice, 2);
  vm.define_method(tap, "subarray", ta_subarray, 2);
  vm.define_method(tap, "toLocaleString", ta_to_locale_string, 0);
  auto array_to_string = realm.array_prototype->get_own_property(vm.key("toString"));
  if (array_to_string) tap->define(vm.key("toString"), array_to_string->value, kMethodAttrs);
  vm.define_method(tap, "toReversed", ta_to_reversed, 0);
  vm.define_method(tap, "with", ta_with, 2);
  tap->define(iterator_key, Value(values), kMethodAttrs);
  vm.define_getter(tap, tag_key, "[Symbol.toStringTag]", ta_to_string_tag);

  for (std::size_t k = 0; k < kTypedArrayKindCount; ++k) {
    auto kind = static_cast<TypedArrayKind>(k);
    Object* proto = realm.typed_array_prototypes[k];
    NativeFunction* ctor = vm.new_native_constructor(typed_array_name(kind), 3, typed_array_ctor, proto);
    ctor->slots().push_back(Value(static_cast<double>(k)));
    ctor->set_prototype(ta);
    Value bytes(static_cast<double>(element_size(kind)));
    ctor->define(vm.key("BYTES_PER_ELEMENT"), bytes, 0);
    proto->define(vm.key("BYTES_PER_ELEMENT"), bytes, 0);
    realm.typed_array_constructors[k] = ctor;
    realm.define_global(typed_array_name(kind), Value(ctor));
  }
}

}  // namespace looplab::js
