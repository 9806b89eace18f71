// structuredClone(value): the HTML structured clone algorithm as node 20 (V8's serializer) does
// it, in one pass: primitives, plain objects (own enumerable string keys, read with their
// getters), arrays (holes kept), Date, Map, Set, boxed primitives, errors, ArrayBuffer and typed
// arrays. A memo maps each source object to its clone, so cycles and shared references come out
// the same shape (two views of one buffer still share one buffer). Class instances become plain
// objects. Functions, symbols and the other kinds (promises, weak collections) throw node's
// DOMException DataCloneError "<value> could not be cloned.".
#include <map>
#include <string>

#include "core/js/builtins/builtin_helpers.h"
#include "core/js/builtins/builtins.h"
#include "core/js/builtins/web_helpers.h"
#include "core/js/runtime/conversions.h"
#include "core/js/runtime/typed_array.h"
#include "core/js/vm/vm.h"

namespace looplab::js {

namespace {

// Deeper nesting than this is refused as V8 would overflow its stack.
constexpr int kMaxDepth = 2000;

class Cloner {
 public:
  explicit Cloner(Vm& vm) : m_vm(vm) {}

  Value clone(Value v, int depth) {
    if (v.is_symbol()) return cannot_clone(utf8_to_utf16(v.as_symbol()->descriptive_string()));
    if (!v.is_object()) return v;
    if (depth > kMaxDepth) return m_vm.throw_range_error("Maximum call stack size exceeded");
    Object* o = v.as_object();
    auto seen = m_memo.find(o);
    if (seen != m_memo.end()) return Value(seen->second);
    if (o->is_function()) return cannot_clone_function(o);
    switch (o->object_class()) {
      case ObjectClass::kArray:
        return clone_array(static_cast<ArrayObject*>(o), depth);
      case ObjectClass::kDate:
        return remember(o, m_vm.heap().make<DateObject>(m_vm.realm().date_prototype,
                                                        static_cast<DateObject*>(o)->time()));
      case ObjectClass::kMap:
      case ObjectClass::kSet:
        return clone_collection(static_cast<MapObject*>(o), depth);
      case ObjectClass::kBoolean:
      case ObjectClass::kNumber:
      case ObjectClass::kString:
        return clone_boxed(static_cast<PrimitiveObject*>(o));
      case ObjectClass::kError:
        return clone_error(o, depth);
      case ObjectClass::kArrayBuffer:
        return clone_buffer(static_cast<ArrayBufferObject*>(o));
      case ObjectClass::kTypedArray:
        return clone_view(static_cast<TypedArrayObject*>(o));
      case ObjectClass::kOrdinary:
      case ObjectClass::kArguments:
        return clone_plain(o, depth);
      default:
        return cannot_clone(utf8_to_utf16(builtins::describe_for_error(m_vm, v)));
    }
  }

 private:
  Value remember(Object* source, Object* copy) {
    m_memo.emplace(source, copy);
    return Value(copy);
  }

  Value cannot_clone(const std::u16string& shown) {
    return web::throw_dom_exception(m_vm, utf16_to_utf8(shown) + " could not be cloned.", "DataCloneError");
  }

  Value cannot_clone_function(Object* fn) {
    Value to_string = m_vm.get(Value(m_vm.realm().function_prototype), "toString");
    if (to_string.is_exception()) return to_string;
    Value text = m_vm.call(to_string, Value(fn), ArgList());
    if (text.is_exception()) return text;
    return cannot_clone(text.is_string() ? text.as_string()->text() : u"function");
  }

  // Own enumerable string keys, each read with [[Get]], cloned into `copy`.
  Value copy_properties(Object* source, Object* copy, int depth, bool skip_indices) {
    for (PropKey key : source->own_keys(m_vm.heap(), false)) {
      if (skip_indices && key.is_array_index()) continue;
      auto attrs = source->own_property_attrs(key);
      if (!attrs || (*attrs & kEnumerable) == 0) continue;
      Value v = source->get(m_vm, key);
      if (v.is_exception()) return v;
      Value c = clone(v, depth + 1);
      if (c.is_exception()) return c;
      copy->define(key, c, kDefaultAttrs);
    }
    return Value(copy);
  }

  Value clone_plain(Object* o, int depth) {
    Object* copy = m_vm.new_object();
    remember(o, copy);
    return copy_properties(o, copy, depth, false);
  }

  Value clone_array(ArrayObject* a, int depth) {
    ArrayObject* copy = m_vm.new_array();
    copy->set_length(a->length());
    remember(a, copy);
    return copy_properties(a, copy, depth, false);
  }

  Value clone_collection(MapObject* m, int depth) {
    Object* proto =
        m->object_class() == ObjectClass::kMap ? m_vm.realm().map_prototype : m_vm.realm().set_prototype;
    auto* copy = m_vm.heap().make<MapObject>(proto, m->object_class());
    remember(m, copy);
    // Entries are read first (a getter of a value cannot change what is copied).
    std::vector<OrderedTable::Entry> entries;
    for (const auto& e : m->table().entries()) {
      if (!e.deleted) entries.push_back(e);
    }
    for (const auto& e : entries) {
      Value k = clone(e.key, depth + 1);
      if (k.is_exception()) return k;
      Value v = m->object_class() == ObjectClass::kMap ? clone(e.value, depth + 1) : k;
      if (v.is_exception()) return v;
      copy->table().set(k, v);
    }
    return Value(copy);
  }

  Value clone_boxed(PrimitiveObject* o) {
    Realm& realm = m_vm.realm();
    Object* proto = o->object_class() == ObjectClass::kBoolean  ? realm.boolean_prototype
                    : o->object_class() == ObjectClass::kNumber ? realm.number_prototype
                                                                : realm.string_prototype;
    return remember(o,
                    m_vm.heap().make<PrimitiveObject>(m_vm.heap(), proto, o->object_class(), o->primitive()));
  }

  // V8 keeps the name when it is one of the standard error names, the message, the stack and
  // the cause; other properties are dropped.
  Value clone_error(Object* e, int depth) {
    Value name = e->get(m_vm, m_vm.key("name"));
    if (name.is_exception()) return name;
    ErrorType type = ErrorType::kError;
    if (name.is_string()) {
      const std::u16string& n = name.as_string()->text();
      if (n == u"EvalError") type = ErrorType::kEvalError;
      if (n == u"RangeError") type = ErrorType::kRangeError;
      if (n == u"ReferenceError") type = ErrorType::kReferenceError;
      if (n == u"SyntaxError") type = ErrorType::kSyntaxError;
      if (n == u"TypeError") type = ErrorType::kTypeError;
      if (n == u"URIError") type = ErrorType::kURIError;
    }
    auto* copy = m_vm.heap().make<ErrorObject>(m_vm.error_prototype(type));
    remember(e, copy);
    auto stack = e->get_own_property(m_vm.key("stack"));
    if (stack && !stack->is_accessor()) copy->define(m_vm.key("stack"), stack->value, kMethodAttrs);
    auto message = e->get_own_property(m_vm.key("message"));
    if (message && !message->is_accessor()) {
      String* text = to_string(m_vm, message->value);
      if (text == nullptr) return Value::exception();
      copy->define(m_vm.key("message"), Value(text), kMethodAttrs);
    }
    auto cause = e->get_own_property(m_vm.key("cause"));
    if (cause) {
      Value v = e->get(m_vm, m_vm.key("cause"));
      if (v.is_exception()) return v;
      Value c = clone(v, depth + 1);
      if (c.is_exception()) return c;
      copy->define(m_vm.key("cause"), c, kMethodAttrs);
    }
    return Value(copy);
  }

  Value clone_buffer(ArrayBufferObject* b) {
    ArrayBufferObject* copy = make_array_buffer(m_vm, static_cast<double>(b->byte_length()));
    if (copy == nullptr) return Value::exception();
    copy->data() = b->data();
    return remember(b, copy);
  }

  Value clone_view(TypedArrayObject* ta) {
    Value buffer = clone(Value(ta->buffer()), 0);
    if (buffer.is_exception()) return buffer;
    auto* copy = m_vm.heap().make<TypedArrayObject>(
        m_vm.realm().typed_array_prototypes[static_cast<std::size_t>(ta->kind())], ta->kind(),
        static_cast<ArrayBufferObject*>(buffer.as_object()), ta->byte_offset(), ta->length());
    return remember(ta, copy);
  }

  Vm& m_vm;
  std::map<Object*, Object*> m_memo;  // lookups only
};

Value structured_clone(Vm& vm, Value, ArgList args) {
  if (args.size() == 0) {
    return web::throw_node_error(vm, ErrorType::kTypeError, "ERR_MISSING_ARGS",
                                 "The value argument must be specified");
  }
  Cloner cloner(vm);
  return cloner.clone(args[0], 0);
}

}  // namespace

void install_structured_clone(Realm& realm) {
  realm.define_global("structuredClone",
                      Value(realm.vm().new_native("structuredClone", 1, structured_clone)));
}

}  // namespace looplab::js
