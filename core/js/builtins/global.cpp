// The global object's own basics: globalThis, undefined, NaN, Infinity.
#include <cmath>

#include "core/js/builtins/builtins.h"
#include "core/js/vm/vm.h"

namespace looplab::js {

void install_global(Realm& realm) {
  Object* global = realm.global_object;
  global->define(realm.key("globalThis"), Value(global), kMethodAttrs);
  global->define(realm.key("undefined"), Value::undefined(), 0);
  global->define(realm.key("NaN"), Value(NAN), 0);
  global->define(realm.key("Infinity"), Value(INFINITY), 0);
}

}  // namespace looplab::js
