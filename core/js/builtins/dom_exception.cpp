// DOMException (WebIDL), as node 20 has it globally: an Error subclass whose name, message and
// code are prototype getters over internal state, with the legacy code constants
// (INDEX_SIZE_ERR = 1 ... DATA_CLONE_ERR = 25) on the constructor and the prototype. Also the
// web helpers of web_helpers.h.
#include <array>
#include <string>

#include "core/js/builtins/builtin_helpers.h"
#include "core/js/builtins/builtins.h"
#include "core/js/builtins/web_helpers.h"
#include "core/js/runtime/conversions.h"
#include "core/js/vm/vm.h"

namespace looplab::js {

namespace {

// The legacy constants, in their numeric order (code = index + 1).
constexpr std::array<const char*, 25> kLegacyConstants = {"INDEX_SIZE_ERR",
                                                          "DOMSTRING_SIZE_ERR",
                                                          "HIERARCHY_REQUEST_ERR",
                                                          "WRONG_DOCUMENT_ERR",
                                                          "INVALID_CHARACTER_ERR",
                                                          "NO_DATA_ALLOWED_ERR",
                                                          "NO_MODIFICATION_ALLOWED_ERR",
                                                          "NOT_FOUND_ERR",
                                                          "NOT_SUPPORTED_ERR",
                                                          "INUSE_ATTRIBUTE_ERR",
                                                          "INVALID_STATE_ERR",
                                                          "SYNTAX_ERR",
                                                          "INVALID_MODIFICATION_ERR",
                                                          "NAMESPACE_ERR",
                                                          "INVALID_ACCESS_ERR",
                                                          "VALIDATION_ERR",
                                                          "TYPE_MISMATCH_ERR",
                                                          "SECURITY_ERR",
                                                          "NETWORK_ERR",
                                                          "ABORT_ERR",
                                                          "URL_MISMATCH_ERR",
                                                          "QUOTA_EXCEEDED_ERR",
                                                          "TIMEOUT_ERR",
                                                          "INVALID_NODE_TYPE_ERR",
                                                          "DATA_CLONE_ERR"};

// The error names that have a legacy code (WebIDL's table); others have code 0.
int legacy_code(const std::u16string& name) {
  static constexpr std::array<std::pair<const char16_t*, int>, 21> kNames = {{
      {u"IndexSizeError", 1},
      {u"HierarchyRequestError", 3},
      {u"WrongDocumentError", 4},
      {u"InvalidCharacterError", 5},
      {u"NoModificationAllowedError", 7},
      {u"NotFoundError", 8},
      {u"NotSupportedError", 9},
      {u"InvalidStateError", 11},
      {u"SyntaxError", 12},
      {u"InvalidModificationError", 13},
      {u"NamespaceError", 14},
      {u"InvalidAccessError", 15},
      {u"TypeMismatchError", 17},
      {u"SecurityError", 18},
      {u"NetworkError", 19},
      {u"AbortError", 20},
      {u"URLMismatchError", 21},
      {u"QuotaExceededError", 22},
      {u"TimeoutError", 23},
      {u"InvalidNodeTypeError", 24},
      {u"DataCloneError", 25},
  }};
  for (const auto& entry : kNames) {
    if (name == entry.first) return entry.second;
  }
  return 0;
}

// The internal state lives under a private symbol: [name, message].
PropKey state_key(Vm& vm) {
  return PropKey(vm.current_native()->slot(0).as_symbol());
}

Object* make_dom_exception(Vm& vm, Object* proto, Symbol* state, Value message, Value name) {
  auto* error = vm.heap().make<ErrorObject>(proto);
  Object* data = vm.new_object(nullptr);
  data->define(vm.key("name"), name);
  data->define(vm.key("message"), message);
  error->define(PropKey(state), Value(data), 0);
  vm.capture_stack(error);
  return error;
}

Value dom_exception_ctor(Vm& vm, Value, ArgList args) {
  if (vm.new_target().is_undefined()) {
    return vm.throw_type_error("Class constructor DOMException cannot be invoked without 'new'");
  }
  Value message = Value(vm.atom(""));
  if (!args[0].is_undefined()) {
    String* s = to_string(vm, args[0]);
    if (s == nullptr) return Value::exception();
    message = Value(s);
  }
  Value name = Value(vm.atom("Error"));
  if (args[1].is_object()) {
    Value n = vm.get(args[1], "name");
    if (n.is_exception()) return n;
    if (!n.is_undefined()) {
      String* s = to_string(vm, n);
      if (s == nullptr) return Value::exception();
      name = Value(s);
    }
  } else if (!args[1].is_undefined()) {
    String* s = to_string(vm, args[1]);
    if (s == nullptr) return Value::exception();
    name = Value(s);
  }
  Symbol* state = vm.current_native()->slot(0).as_symbol();
  Object* proto = vm.prototype_from_constructor(vm.new_target(), vm.current_native()->slot(1).as_object());
  return Value(make_dom_exception(vm, proto, state, message, name));
}

Object* this_state(Vm& vm, Value this_value) {
  if (this_value.is_object()) {
    auto d = this_value.as_object()->get_own_property(state_key(vm));
    if (d && d->value.is_object()) return d->value.as_object();
  }
  vm.throw_type_error("Value of \"this\" must be of type DOMException");
  return nullptr;
}

Value dom_name(Vm& vm, Value this_value, ArgList) {
  Object* s = this_state(vm, this_value);
  return s != nullptr ? s->get_own_property(vm.key("name"))->value : Value::exception();
}
Value dom_message(Vm& vm, Value this_value, ArgList) {
  Object* s = this_state(vm, this_value);
  return s != nullptr ? s->get_own_property(vm.key("message"))->value : Value::exception();
}
Value dom_code(Vm& vm, Value this_value, ArgList) {
  Object* s = this_state(vm, this_value);
  if (s == nullptr) return Value::exception();
  Value name = s->get_own_property(vm.key("name"))->value;
  return Value(name.is_string() ? legacy_code(name.as_string()->text()) : 0);
}

}  // namespace

namespace web {

Symbol* registered_symbol(Vm& vm, std::string_view description) {
  Realm& realm = vm.realm();
  String* key = vm.atom(description);
  for (auto& entry : realm.symbol_registry) {
    if (entry.first->text() == key->text()) return entry.second;
  }
  auto* s = vm.heap().make<Symbol>(Value(key), true);
  realm.symbol_registry.emplace_back(key, s);
  return s;
}

Symbol* private_symbol(Vm& vm, std::string_view description) {
  auto* s = vm.heap().make<Symbol>(Value(vm.atom(description)));
  s->set_private();
  vm.realm().keep_alive(Value(s));
  return s;
}

Value throw_node_error(Vm& vm, ErrorType type, std::string_view code, std::string_view message) {
  ErrorObject* error = vm.make_error(type, message);
  Value name = vm.get(Value(vm.error_prototype(type)), "name");
  std::string shown = (name.is_string() ? name.as_string()->to_utf8() : std::string("Error")) + " [" +
                      std::string(code) + "]";
  // The stack's first line is made from the name on first read: read it under the coded name.
  error->define(vm.key("name"), Value(vm.string(shown)), kMethodAttrs);
  error->get_own_property(vm.key("stack"));
  error->delete_property(vm.key("name"));
  error->define(vm.key("code"), Value(vm.string(code)), kDefaultAttrs);
  return vm.throw_value(Value(error));
}

Value throw_dom_exception(Vm& vm, std::string_view message, std::string_view name) {
  Value ctor = vm.realm().global()->get(vm, vm.key("DOMException"));
  if (!Vm::is_constructor(ctor)) return vm.throw_error(ErrorType::kError, message);
  Value args[2] = {Value(vm.string(message)), Value(vm.string(name))};
  Value e = vm.construct(ctor, ArgList(args, 2));
  if (e.is_exception()) return e;
  return vm.throw_value(e);
}

}  // namespace web

void install_dom_exception(Realm& realm) {
  Vm& vm = realm.vm();
  Symbol* state = web::private_symbol(vm, "DOMException state");
  Object* proto = vm.new_object(realm.error_prototype);
  NativeFunction* ctor = vm.new_native_constructor("DOMException", 0, dom_exception_ctor, proto);
  ctor->slots().push_back(Value(state));
  ctor->slots().push_back(Value(proto));
  ctor->set_prototype(realm.error_constructor);
  for (auto [name, fn] :
       {std::pair<const char*, NativeFn>{"name", dom_name}, {"message", dom_message}, {"code", dom_code}}) {
    NativeFunction* getter = vm.new_native(std::string("get ") + name, 0, fn);
    getter->slots().push_back(Value(state));
    proto->define_accessor(vm.key(name), Value(getter), Value::undefined(), kEnumerable | kConfigurable);
  }
  for (std::size_t i = 0; i < kLegacyConstants.size(); ++i) {
    Value code(static_cast<double>(i + 1));
    proto->define(vm.key(kLegacyConstants[i]), code, kEnumerable);
    ctor->define(vm.key(kLegacyConstants[i]), code, kEnumerable);
  }
  proto->define(PropKey(realm.symbol_to_string_tag), Value(vm.atom("DOMException")), kConfigurable);
  realm.define_global("DOMException", Value(ctor));
}

}  // namespace looplab::js
