// Creates the intrinsic objects, runs the builtins' install functions and the prelude.
#include "core/js/runtime/realm.h"

#include "core/js/builtins/builtins.h"
#include "core/js/runtime/compile_cache.h"
#include "core/js/runtime/conversions.h"
#include "core/js/runtime/engine.h"
#include "core/js/syntax/parser.h"
#include "core/js/vm/code_template.h"
#include "core/js/vm/compiler.h"
#include "core/js/vm/vm.h"

namespace looplab::js {

namespace {
Value undefined_native(Vm&, Value, ArgList) {
  return Value::undefined();
}

// ---- natives the JavaScript prelude may use (its `internals` object) ----

// defineMethod(obj, name, fn): a builtin-style method (writable, configurable, not enumerable).
Value internal_define_method(Vm& vm, Value, ArgList args) {
  if (!args[0].is_object()) return vm.throw_type_error("defineMethod: not an object");
  auto key = vm.to_property_key(args[1]);
  if (!key) return Value::exception();
  args[0].as_object()->define(*key, args[2], kMethodAttrs);
  return Value::undefined();
}
Value internal_is_callable(Vm&, Value, ArgList args) {
  return Value::boolean(Vm::is_callable(args[0]));
}
Value internal_is_array(Vm&, Value, ArgList args) {
  return Value::boolean(args[0].is_object() && args[0].as_object()->is_array());
}
Value internal_to_length(Vm& vm, Value, ArgList args) {
  auto n = to_length(vm, args[0]);
  return n ? Value(*n) : Value::exception();
}
Value internal_to_integer(Vm& vm, Value, ArgList args) {
  auto n = to_integer_or_infinity(vm, args[0]);
  return n ? Value(*n) : Value::exception();
}
Value internal_to_object(Vm& vm, Value, ArgList args) {
  Object* o = to_object(vm, args[0]);
  return o != nullptr ? Value(o) : Value::exception();
}
Value internal_create_data_property(Vm& vm, Value, ArgList args) {
  if (!args[0].is_object()) return vm.throw_type_error("createDataProperty: not an object");
  auto key = vm.to_property_key(args[1]);
  if (!key) return Value::exception();
  args[0].as_object()->define(*key, args[2], kDefaultAttrs);
  return Value::boolean(true);
}
// typeErrorNotFunction(v): throws V8's "<v> is not a function" for a callback argument.
Value internal_type_error_not_function(Vm& vm, Value, ArgList args) {
  Value v = args[0];
  std::string shown;
  if (v.is_object()) {
    if (v.as_object()->is_array()) {
      shown = "[object Array]";
    } else {
      std::string name = vm.constructor_name(v.as_object());
      shown = "#<" + (name.empty() ? std::string("Object") : name) + ">";
    }
  } else if (v.is_symbol()) {
    shown = v.as_symbol()->descriptive_string();
  } else {
    shown = primitive_to_string(vm, v)->to_utf8();
  }
  return vm.throw_type_error(shown + " is not a function");
}
}  // namespace

Realm::Realm(Heap& heap, Vm& vm) : m_heap(heap), m_vm(vm) {
  vm.set_realm(this);
  auto symbol = [&](const char* description) {
    return heap.make<Symbol>(Value(heap.intern_utf8(description)));
  };
  symbol_iterator = symbol("Symbol.iterator");
  symbol_async_iterator = symbol("Symbol.asyncIterator");
  symbol_has_instance = symbol("Symbol.hasInstance");
  symbol_to_primitive = symbol("Symbol.toPrimitive");
  symbol_to_string_tag = symbol("Symbol.toStringTag");

  object_prototype = heap.make<Object>(nullptr);
  auto* fp = heap.make<NativeFunction>(object_prototype, undefined_native, false);
  function_prototype = fp;
  vm.set_function_name_length(fp, Value(heap.intern_utf8("")), 0);
  array_prototype = heap.make<ArrayObject>(heap, object_prototype);
  auto plain = [&](Object* proto) { return heap.make<Object>(proto); };
  string_prototype =
      heap.make<PrimitiveObject>(heap, object_prototype, ObjectClass::kString, Value(heap.intern_utf8("")));
  number_prototype = heap.make<PrimitiveObject>(heap, object_prototype, ObjectClass::kNumber, Value(0.0));
  boolean_prototype =
      heap.make<PrimitiveObject>(heap, object_prototype, ObjectClass::kBoolean, Value::boolean(false));
  symbol_prototype = plain(object_prototype);
  date_prototype = plain(object_prototype);
  map_prototype = plain(object_prototype);
  set_prototype = plain(object_prototype);
  weakmap_prototype = plain(object_prototype);
  weakset_prototype = plain(object_prototype);
  promise_prototype = plain(object_prototype);
  iterator_prototype = plain(object_prototype);
  async_iterator_prototype = plain(object_prototype);
  array_iterator_prototype = plain(iterator_prototype);
  map_iterator_prototype = plain(iterator_prototype);
  set_iterator_prototype = plain(iterator_prototype);
  string_iterator_prototype = plain(iterator_prototype);
  async_function_prototype = plain(function_prototype);
  array_buffer_prototype = plain(object_prototype);
  typed_array_prototype = plain(object_prototype);
  for (Object*& proto : typed_array_prototypes) proto = plain(typed_array_prototype);
  error_prototype = plain(object_prototype);
  type_error_prototype = plain(error_prototype);
  range_error_prototype = plain(error_prototype);
  reference_error_prototype = plain(error_prototype);
  syntax_error_prototype = plain(error_prototype);
  eval_error_prototype = plain(error_prototype);
  uri_error_prototype = plain(error_prototype);
  aggregate_error_prototype = plain(error_prototype);
  global_object = plain(object_prototype);
}

void Realm::define_global(std::string_view name, Value value) {
  global_object->define(key(name), value, kMethodAttrs);
}

void Realm::initialize() {
  install_function(*this);
  install_symbol(*this);
  install_error(*this);
  install_iterator(*this);
  install_promise(*this);
  install_global(*this);
  install_object(*this);
  install_array(*this);
  install_string(*this);
  install_number(*this);
  install_math(*this);
  install_json(*this);
  install_map_set(*this);
  install_date(*this);
  install_typed_array(*this);
  install_dom_exception(*this);
  install_text_codec(*this);
  install_structured_clone(*this);
  run_prelude();
}

// The prelude: `(function (global, internals) { ... })`, compiled as the body of a script that
// returns it, then called once.
void Realm::run_prelude() {
  Vm& vm = m_vm;
  Object* internals = vm.new_object();
  vm.define_method(internals, "defineMethod", internal_define_method, 3);
  vm.define_method(internals, "isCallable", internal_is_callable, 1);
  vm.define_method(internals, "isArray", internal_is_array, 1);
  vm.define_method(internals, "toLength", internal_to_length, 1);
  vm.define_method(internals, "toIntegerOrInfinity", internal_to_integer, 1);
  vm.define_method(internals, "toObject", internal_to_object, 1);
  vm.define_method(internals, "createDataProperty", internal_create_data_property, 3);
  vm.define_method(internals, "typeErrorNotFunction", internal_type_error_not_function, 1);
  install_prelude_internals(*this, internals);
  install_typed_array_prelude_internals(*this, internals);
  if (run_prelude_source(prelude_array_source(), internals)) {
    run_prelude_source(prelude_typed_array_source(), internals);
  }
}

// Runs one prelude source; false (and prelude_error() set) when it failed.
bool Realm::run_prelude_source(std::string_view body, Object* internals) {
  Vm& vm = m_vm;
  std::string source = "return " + std::string(body);
  const std::string filename = "node:internal/prelude";
  // Every realm runs the same prelude text: compiled once per process (compile_cache.h).
  CompileCache& cache = CompileCache::process();
  Code* code = nullptr;
  if (std::optional<CachedCompile> hit = cache.find(filename, source); hit && hit->code) {
    code = instantiate_code(m_heap, hit->code);
  } else {
    ParseResult parsed = parse_program(source);
    if (parsed.error) {
      m_prelude_error = "prelude: " + parsed.error->format(filename);
      return false;
    }
    auto text = std::make_shared<SourceText>(SourceText{filename, source});
    std::optional<CompileFailure> failure;
    code = compile_program(vm, *parsed.program, text, failure);
    if (code == nullptr) {
      m_prelude_error = "prelude: " + (failure ? failure->message : std::string("compile error")) +
                        " at line " + std::to_string(failure ? failure->line : 0);
      return false;
    }
    if (auto frozen = freeze_code(*code)) cache.store(filename, source, CachedCompile{frozen, std::nullopt});
  }
  auto* script = m_heap.make<ClosureFunction>(function_prototype, code, nullptr);
  Value fn = vm.call(Value(static_cast<Object*>(script)), Value::undefined(), ArgList());
  if (fn.is_exception() || !Vm::is_callable(fn)) {
    m_prelude_error = "prelude: did not evaluate to a function";
    if (vm.has_exception()) vm.take_exception();
    return false;
  }
  Value r = vm.call(fn, Value::undefined(), {Value(global_object), Value(internals)});
  if (r.is_exception()) {
    Value e = vm.take_exception();
    m_prelude_error = "prelude threw";
    if (e.is_object()) {
      auto d = e.as_object()->find_property(key("stack"));
      if (d && d->value.is_string()) m_prelude_error += ": " + d->value.as_string()->to_utf8();
    }
    return false;
  }
  return true;
}

void Realm::trace(Tracer& t) {
  Object* objects[] = {global_object,
                       object_prototype,
                       function_prototype,
                       array_prototype,
                       string_prototype,
                       number_prototype,
                       boolean_prototype,
                       symbol_prototype,
                       date_prototype,
                       map_prototype,
                       set_prototype,
                       weakmap_prototype,
                       weakset_prototype,
                       promise_prototype,
                       iterator_prototype,
                       async_iterator_prototype,
                       array_iterator_prototype,
                       map_iterator_prototype,
                       set_iterator_prototype,
                       string_iterator_prototype,
                       async_function_prototype,
                       array_buffer_prototype,
                       typed_array_prototype,
                       typed_array_constructor,
                       error_prototype,
                       type_error_prototype,
                       range_error_prototype,
                       reference_error_prototype,
                       syntax_error_prototype,
                       eval_error_prototype,
                       uri_error_prototype,
                       aggregate_error_prototype,
                       object_constructor,
                       function_constructor,
                       array_constructor,
                       promise_constructor,
                       error_constructor,
                       symbol_constructor};
  for (Object* o : objects) t.visit(o);
  for (Object* o : typed_array_prototypes) t.visit(o);
  for (Object* o : typed_array_constructors) t.visit(o);
  Symbol* symbols[] = {symbol_iterator, symbol_async_iterator, symbol_has_instance, symbol_to_primitive,
                       symbol_to_string_tag};
  for (Symbol* s : symbols) t.visit(s);
  t.visit(array_values_function);
  t.visit(promise_then_function);
  t.visit(throw_type_error_function);
  for (auto& entry : symbol_registry) {
    t.visit(entry.first);
    t.visit(entry.second);
  }
  for (Value v : m_extra_roots) t.visit(v);
}

}  // namespace looplab::js
