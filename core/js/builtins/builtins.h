// The standard built-ins: one install function per file, called by Realm::initialize() in this
// order. Each fills the intrinsic prototypes the realm already created (runtime/realm.h), sets
// its constructors on the realm where the VM needs them, and defines its globals with
// realm.define_global().
#pragma once

#include <string_view>

#include "core/js/runtime/realm.h"

namespace looplab::js {

// Core helper's files.
void install_function(Realm& realm);  // Function, Function.prototype.call/apply/bind/toString
void install_symbol(Realm& realm);    // Symbol, well-known symbols, Symbol.for/keyFor
void install_error(Realm& realm);     // Error and its subclasses, AggregateError
void install_iterator(Realm& realm);  // %IteratorPrototype%, array/string/map/set iterators' next
void install_promise(Realm& realm);   // Promise
void install_global(Realm& realm);    // globalThis, minimal Object.prototype, queueMicrotask-free

// A well-known symbol held by the Symbol constructor ("species", "isConcatSpreadable", ...), or
// nullptr before install_symbol ran.
Symbol* well_known_symbol(Realm& realm, std::string_view name);
// Defines `get [Symbol.species]() { return this; }` on a constructor.
void define_species_getter(Realm& realm, Object* constructor);

// Builtins helper's files.
void install_object(Realm& realm);   // Object and Object.prototype
void install_array(Realm& realm);    // Array (non-callback methods)
void install_string(Realm& realm);   // String
void install_number(Realm& realm);   // Number, Boolean, parseInt, parseFloat, isNaN, isFinite
void install_math(Realm& realm);     // Math
void install_json(Realm& realm);     // JSON
void install_map_set(Realm& realm);  // Map, Set, WeakMap, WeakSet
void install_date(Realm& realm);     // Date

// Typed helper's files.
void install_typed_array(Realm& realm);       // ArrayBuffer, %TypedArray%, Uint8Array, ...
void install_dom_exception(Realm& realm);     // DOMException
void install_text_codec(Realm& realm);        // TextEncoder, TextDecoder, atob, btoa
void install_structured_clone(Realm& realm);  // structuredClone
// The typed arrays' callback methods in JavaScript (builtins/prelude_typed_array.cpp), run after
// prelude_array_source() with the same `internals`, plus the natives it uses.
std::string_view prelude_typed_array_source();
void install_typed_array_prelude_internals(Realm& realm, Object* internals);

// The JavaScript prelude (builtins/prelude_array.cpp, builtins helper): source text of a
// function expression `(function (global, internals) { ... })` that the realm compiles and calls
// once, after every install_* ran. `internals` holds natives the prelude may use (see
// install_prelude_internals and the core's own list in realm.cpp).
std::string_view prelude_array_source();
// Adds the builtins helper's own natives to the prelude's `internals` object.
void install_prelude_internals(Realm& realm, Object* internals);

}  // namespace looplab::js
