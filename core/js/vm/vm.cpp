// The Vm's services for natives and the runtime: exceptions, calls, making values, generic
// property access. The dispatch loop itself is in interpreter.cpp.
#include "core/js/vm/vm.h"

#include "core/js/runtime/conversions.h"
#include "core/js/runtime/engine.h"
#include "core/js/vm/code.h"
#include "core/js/vm/interpreter.h"
#include "core/js/vm/operations.h"

namespace looplab::js {

Vm::Vm(Heap& heap, Engine& engine) : m_heap(heap), m_engine(engine) {
  m_interpreter = std::make_unique<Interpreter>(*this, engine);
  m_root_id = m_heap.add_root_tracer([this](Tracer& t) {
    t.visit(m_exception);
    t.visit(m_current_native);
    t.visit(m_native_new_target);
  });
}

Vm::~Vm() {
  m_heap.remove_root_tracer(m_root_id);
}

// ---- Exceptions ----

Value Vm::throw_value(Value exception) {
  m_exception = exception;
  m_has_exception = true;
  m_throw_site = m_interpreter->current_site();
  return Value::exception();
}

Vm::ThrowSite Vm::site_of(const ErrorObject::Origin& origin) {
  ThrowSite site;
  site.line = origin.line;
  site.column = origin.column;
  if (!origin.source) return site;
  site.file = origin.source->filename;
  const std::string& text = origin.source->text;
  std::size_t line = 1;
  std::size_t i = 0;
  while (i < text.size() && line < origin.line) {
    if (text[i] == '\n') ++line;
    ++i;
  }
  std::size_t j = i;
  while (j < text.size() && text[j] != '\n' && text[j] != '\r') ++j;
  site.source_line = text.substr(i, j - i);
  return site;
}

Value Vm::throw_value_at(Value exception, ThrowSite site) {
  throw_value(exception);
  m_throw_site = std::move(site);
  return Value::exception();
}

Value Vm::rethrow_value(Value exception) {
  m_exception = exception;
  m_has_exception = true;
  return Value::exception();
}

Value Vm::take_exception() {
  Value e = m_exception;
  m_exception = Value::undefined();
  m_has_exception = false;
  return e;
}

Object* Vm::error_prototype(ErrorType type) {
  Realm& r = *m_realm;
  switch (type) {
    case ErrorType::kError:
      return r.error_prototype;
    case ErrorType::kTypeError:
      return r.type_error_prototype;
    case ErrorType::kRangeError:
      return r.range_error_prototype;
    case ErrorType::kReferenceError:
      return r.reference_error_prototype;
    case ErrorType::kSyntaxError:
      return r.syntax_error_prototype;
    case ErrorType::kEvalError:
      return r.eval_error_prototype;
    case ErrorType::kURIError:
      return r.uri_error_prototype;
    case ErrorType::kAggregateError:
      return r.aggregate_error_prototype;
  }
  return r.error_prototype;
}

ErrorObject* Vm::make_error(ErrorType type, std::string_view message) {
  auto* error = m_heap.make<ErrorObject>(error_prototype(type));
  capture_stack(error);  // V8's own key order: stack, then message
  error->define(key("message"), Value(string(message)), kMethodAttrs);
  return error;
}

Value Vm::throw_error(ErrorType type, std::string_view message) {
  return throw_value(Value(make_error(type, message)));
}

namespace {
std::string data_string(Object* o, PropKey key) {
  auto d = o->find_property(key);
  if (!d || d->is_accessor() || !d->value.is_string()) return "";
  return d->value.as_string()->to_utf8();
}
}  // namespace

void Vm::capture_stack(Object* error) {
  std::string frames;
  for (const StackFrameInfo& f : stack_trace(10)) {
    frames += "\n    at ";
    std::string location = f.file + ":" + std::to_string(f.line) + ":" + std::to_string(f.column);
    std::string fname = f.function_name;
    if (f.is_async) fname = "async " + fname;
    if (f.is_constructor) fname = "new " + (fname.empty() ? std::string("<anonymous>") : fname);
    if (!f.receiver_type.empty() && !f.is_constructor) {
      fname = f.receiver_type + "." + (fname.empty() ? std::string("<anonymous>") : fname);
    }
    if (f.is_native) {
      frames += fname;
    } else if (fname.empty()) {
      frames += location;
    } else {
      frames += fname + " (" + location + ")";
    }
  }
  if (error->object_class() == ObjectClass::kError) {
    static_cast<ErrorObject*>(error)->set_pending_stack(this, std::move(frames));
    static_cast<ErrorObject*>(error)->set_origin(m_interpreter->current_origin());
    return;
  }
  std::string name = data_string(error, key("name"));
  auto name_desc = error->find_property(key("name"));
  if (!name_desc || name_desc->is_accessor() || name_desc->value.is_undefined()) name = "Error";
  std::string message = data_string(error, key("message"));
  std::string text = name;
  if (!message.empty()) text = name.empty() ? message : name + ": " + message;
  error->define(key("stack"), Value(string(text + frames)), kMethodAttrs);
}

std::vector<StackFrameInfo> Vm::stack_trace(std::size_t max_frames) const {
  return m_interpreter->stack_trace(max_frames);
}

std::string Vm::constructor_name(Object* o) {
  for (Object* p = o; p != nullptr; p = p->prototype()) {
    auto d = p->get_own_property(key("constructor"));
    if (!d || d->is_accessor()) continue;
    if (Vm::is_callable(d->value)) return static_cast<FunctionObject*>(d->value.as_object())->name_utf8();
    return "";
  }
  return "";
}

// ---- Calls ----

Value Vm::call(Value fn, Value this_value, ArgList args) {
  Value result;
  if (!m_interpreter->start_call(fn, this_value, args, Value::undefined(), false, result)) return result;
  m_interpreter->run(m_interpreter->depth() - 1, false, result);
  return result;
}

Value Vm::construct(Value fn, ArgList args, Value new_target) {
  if (new_target.is_undefined()) new_target = fn;
  Value result;
  if (!m_interpreter->start_call(fn, Value::undefined(), args, new_target, true, result)) return result;
  m_interpreter->run(m_interpreter->depth() - 1, false, result);
  return result;
}

Object* Vm::prototype_from_constructor(Value new_target, Object* fallback) {
  if (!new_target.is_object()) return fallback;
  auto d = new_target.as_object()->find_property(key("prototype"));
  if (d && !d->is_accessor() && d->value.is_object()) return d->value.as_object();
  return fallback;
}

// ---- Making values ----

String* Vm::string(std::string_view utf8) {
  return m_heap.make<String>(utf8_to_utf16(utf8));
}
String* Vm::string(std::u16string text) {
  return m_heap.make<String>(std::move(text));
}

PropKey Vm::index_key(std::uint32_t index) {
  // Small indices are cached: the Array prelude turns every index into a key (createDataProperty,
  // `in`), and interning "0", "1", ... again each time was a tenth of an array-heavy script.
  // Cached atoms stay alive with the realm.
  if (index < kIndexKeyCacheSize && m_realm != nullptr) {
    if (m_index_keys.size() <= index) m_index_keys.resize(index + 1, nullptr);
    if (m_index_keys[index] == nullptr) {
      m_index_keys[index] = m_heap.intern_utf8(std::to_string(index));
      m_realm->keep_alive(Value(m_index_keys[index]));
    }
    return PropKey(m_index_keys[index]);
  }
  return PropKey(m_heap.intern_utf8(std::to_string(index)));
}

std::optional<PropKey> Vm::to_property_key(Value v) {
  if (v.is_string()) {
    String* s = v.as_string();
    return PropKey(s->is_atom() ? s : m_heap.intern(s->text()));
  }
  if (v.is_symbol()) return PropKey(v.as_symbol());
  if (v.is_number()) {
    double d = v.as_number();
    if (d >= 0 && d < 4294967295.0 && d == static_cast<double>(static_cast<std::uint32_t>(d))) {
      return index_key(static_cast<std::uint32_t>(d));
    }
  }
  Value p = to_primitive(*this, v, PreferredType::kString);
  if (p.is_exception()) return std::nullopt;
  if (p.is_symbol()) return PropKey(p.as_symbol());
  String* s = to_string(*this, p);
  if (s == nullptr) return std::nullopt;
  return PropKey(m_heap.intern(s->text()));
}

Object* Vm::new_object(Object* prototype) {
  return m_heap.make<Object>(prototype);
}

ArrayObject* Vm::new_array(const std::vector<Value>& values) {
  auto* a = m_heap.make<ArrayObject>(m_heap, m_realm->array_prototype);
  a->elements() = values;
  a->set_length(static_cast<std::uint32_t>(values.size()));
  return a;
}

void Vm::set_function_name_length(FunctionObject* fn, Value name, double length) {
  fn->define(key("length"), Value(length), kConfigurable);
  fn->define(key("name"), name, kConfigurable);
}

NativeFunction* Vm::new_native(std::string_view name, int length, NativeFn fn, bool host_call) {
  auto* f = m_heap.make<NativeFunction>(m_realm->function_prototype, fn, host_call);
  set_function_name_length(f, Value(atom(name)), length);
  return f;
}

NativeFunction* Vm::new_native_constructor(std::string_view name, int length, NativeFn fn,
                                           Object* prototype) {
  NativeFunction* f = new_native(name, length, fn);
  f->set_constructor(true);
  if (prototype != nullptr) {
    f->define(key("prototype"), Value(prototype), 0);
    prototype->define(key("constructor"), Value(f), kMethodAttrs);
  }
  return f;
}

NativeFunction* Vm::define_method(Object* target, std::string_view name, NativeFn fn, int length) {
  return define_method(target, key(name), name, fn, length);
}

NativeFunction* Vm::define_method(Object* target, PropKey k, std::string_view name, NativeFn fn, int length) {
  NativeFunction* f = new_native(name, length, fn);
  target->define(k, Value(f), kMethodAttrs);
  return f;
}

void Vm::define_getter(Object* target, std::string_view name, NativeFn getter, NativeFn setter) {
  define_getter(target, key(name), name, getter, setter);
}

void Vm::define_getter(Object* target, PropKey k, std::string_view name, NativeFn getter, NativeFn setter) {
  Value g = Value(new_native(std::string("get ") + std::string(name), 0, getter));
  Value s =
      setter != nullptr ? Value(new_native(std::string("set ") + std::string(name), 1, setter)) : Value();
  target->define_accessor(k, g, s, kConfigurable);
}

// ---- Property access on any value ----

Object* Vm::prototype_for_primitive(Value v) {
  if (v.is_string()) return m_realm->string_prototype;
  if (v.is_number()) return m_realm->number_prototype;
  if (v.is_boolean()) return m_realm->boolean_prototype;
  if (v.is_symbol()) return m_realm->symbol_prototype;
  return nullptr;
}

Value Vm::get(Value target, PropKey k) {
  if (target.is_object()) return target.as_object()->get(*this, k, target);
  if (target.is_string() && k.is_string()) {
    const std::u16string& text = target.as_string()->text();
    if (k.is_array_index()) {
      if (k.array_index() < text.size()) return Value(string(std::u16string(1, text[k.array_index()])));
      return Value::undefined();
    }
    if (k.as_string()->text() == u"length") return Value(static_cast<double>(text.size()));
  }
  Object* proto = prototype_for_primitive(target);
  if (proto == nullptr) {
    std::string name = k.is_symbol() ? k.as_symbol()->descriptive_string() : k.as_string()->to_utf8();
    return throw_type_error(std::string("Cannot read properties of ") +
                            (target.is_null() ? "null" : "undefined") + " (reading '" + name + "')");
  }
  return proto->get(*this, k, target);
}

Value Vm::set(Value target, PropKey k, Value value, bool strict) {
  return ops::set_named(*this, target, k, value, !strict);
}

Value Vm::get_method(Value target, PropKey k) {
  Value f = get(target, k);
  if (f.is_exception() || f.is_nullish()) return f.is_exception() ? f : Value::undefined();
  if (!is_callable(f)) {
    std::string name = k.is_symbol() ? k.as_symbol()->descriptive_string() : k.as_string()->to_utf8();
    return throw_type_error(name + " is not a function");
  }
  return f;
}

}  // namespace looplab::js
