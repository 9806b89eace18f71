// The natives of lib/util/types.js: the engine's own record of what kind of object a value is
// (its internal class), which JavaScript cannot read without side effects (calling a Promise's
// `then` to test it would mark it handled). One native, kindOf(value), answers with a name:
//   "Date", "Map", "Set", "WeakMap", "WeakSet", "Promise", "Arguments", "Error", "MapIterator",
//   "SetIterator", "ArrayBuffer", "Number", "String", "Boolean", "Symbol" (boxed primitives),
//   "AsyncFunction", a typed array's constructor name ("Uint8Array", ...), or "" for the rest.
#include "core/binding/natives/natives.h"
#include "core/js/runtime/typed_array.h"
#include "core/js/vm/vm.h"

namespace looplab::binding {

js::Object* make_util_types_natives(js::Engine& engine);

namespace {

const char* class_kind(const js::Object& object) {
  using js::ObjectClass;
  switch (object.object_class()) {
    case ObjectClass::kDate:
      return "Date";
    case ObjectClass::kMap:
      return "Map";
    case ObjectClass::kSet:
      return "Set";
    case ObjectClass::kWeakMap:
      return "WeakMap";
    case ObjectClass::kWeakSet:
      return "WeakSet";
    case ObjectClass::kPromise:
      return "Promise";
    case ObjectClass::kArguments:
      return "Arguments";
    case ObjectClass::kError:
      return "Error";
    case ObjectClass::kMapIterator:
      return "MapIterator";
    case ObjectClass::kSetIterator:
      return "SetIterator";
    case ObjectClass::kArrayBuffer:
      return "ArrayBuffer";
    case ObjectClass::kNumber:
      return "Number";
    case ObjectClass::kString:
      return "String";
    case ObjectClass::kBoolean:
      return "Boolean";
    case ObjectClass::kSymbol:
      return "Symbol";
    case ObjectClass::kTypedArray:
      return js::typed_array_name(static_cast<const js::TypedArrayObject&>(object).kind());
    case ObjectClass::kFunction: {
      const auto& function = static_cast<const js::FunctionObject&>(object);
      if (function.flavor() == js::FunctionFlavor::kClosure &&
          static_cast<const js::ClosureFunction&>(function).is_async()) {
        return "AsyncFunction";
      }
      return "";
    }
    default:
      return "";
  }
}

js::Value kind_of(js::Vm& vm, js::Value, js::ArgList args) {
  if (!args[0].is_object()) return js::Value(vm.atom(""));
  return js::Value(vm.atom(class_kind(*args[0].as_object())));
}

}  // namespace

js::Object* make_util_types_natives(js::Engine& engine) {
  js::Vm& vm = engine.vm();
  js::Object* natives = vm.new_object();
  vm.define_method(natives, "kindOf", kind_of, 1);
  return natives;
}

}  // namespace looplab::binding
