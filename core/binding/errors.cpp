#include "core/binding/errors.h"

#include <cmath>

#include "core/js/runtime/conversions.h"

namespace looplab::binding {

namespace {

// A short printed form of a primitive, as node's inspect shows it inside the message.
std::string inspect_primitive(js::Vm& vm, js::Value value) {
  if (value.is_string()) {
    std::string text = value.as_string()->to_utf8();
    if (text.size() > 28) text = text.substr(0, 25) + "...";
    return "'" + text + "'";
  }
  if (value.is_symbol()) return value.as_symbol()->descriptive_string();
  js::String* text = js::primitive_to_string(vm, value);
  if (value.is_number() && value.as_number() == 0 && std::signbit(value.as_number())) return "-0";
  return text != nullptr ? text->to_utf8() : std::string("?");
}

}  // namespace

std::string describe_received(js::Vm& vm, js::Value value) {
  if (value.is_undefined()) return "Received undefined";
  if (value.is_null()) return "Received null";
  if (value.is_object()) {
    js::Object* object = value.as_object();
    if (object->is_function()) {
      const std::string name = static_cast<js::FunctionObject*>(object)->name_utf8();
      return name.empty() ? std::string("Received function ") : "Received function " + name;
    }
    const std::string name = vm.constructor_name(object);
    if (!name.empty()) return "Received an instance of " + name;
    return "Received [Object: null prototype] {}";
  }
  return "Received type " + std::string(js::type_of(value)) + " (" + inspect_primitive(vm, value) + ")";
}

js::Value throw_invalid_arg_type(js::Vm& vm, std::string_view argument, std::string_view expected,
                                 js::Value received) {
  const std::string message = "The \"" + std::string(argument) + "\" argument must be of type " +
                              std::string(expected) + ". " + describe_received(vm, received);
  js::ErrorObject* error = vm.make_error(js::ErrorType::kTypeError, message);
  // node captures the stack while the name reads "TypeError [CODE]", so its first line has it.
  if (auto stack = error->get_own_property(vm.key("stack")); stack && stack->value.is_string()) {
    std::u16string text = stack->value.as_string()->text();
    const std::u16string plain = u"TypeError:";
    if (text.rfind(plain, 0) == 0) {
      text = u"TypeError [ERR_INVALID_ARG_TYPE]:" + text.substr(plain.size());
      error->define(vm.key("stack"), js::Value(vm.string(std::move(text))), js::kMethodAttrs);
    }
  }
  error->define(vm.key("code"), js::Value(vm.string("ERR_INVALID_ARG_TYPE")), js::kDefaultAttrs);
  return vm.throw_value(js::Value(error));
}

}  // namespace looplab::binding
