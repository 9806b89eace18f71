// util.inspect as console.log prints values: every expected text below was printed by node v20
// for the same JavaScript (the console_output cases run the snippet through the engine; the
// first cases build the values from C++ and name the JavaScript they stand for).
#include "core/js/inspect/inspect.h"

#include <cmath>
#include <string>

#include "core/js/runtime/conversions.h"
#include "doctest/doctest.h"
#include "inspect_harness.h"

using looplab::js::testing::console_output;
using namespace looplab::js;

namespace {

// An engine and shortcuts to build values from C++. The prototypes get their constructor and
// Symbol.toStringTag if the builtins have not installed them, so these tests do not depend on
// the Map/Set/Date/Promise builtins.
struct Values {
  Engine engine;
  Vm& vm = engine.vm();
  Realm& realm = engine.realm();

  static Value no_op(Vm&, Value, ArgList) { return Value::undefined(); }

  void ensure_constructor(Object* proto, std::string_view name, bool tag) {
    auto ctor = proto->get_own_property(vm.key("constructor"));
    if (!ctor || !Vm::is_callable(ctor->value)) vm.new_native_constructor(name, 0, no_op, proto);
    if (tag && !proto->has_own_property(PropKey(realm.symbol_to_string_tag))) {
      proto->define(PropKey(realm.symbol_to_string_tag), Value(vm.atom(name)), kConfigurable);
    }
  }
  Values() {
    ensure_constructor(realm.map_prototype, "Map", true);
    ensure_constructor(realm.set_prototype, "Set", true);
    ensure_constructor(realm.weakmap_prototype, "WeakMap", true);
    ensure_constructor(realm.weakset_prototype, "WeakSet", true);
    ensure_constructor(realm.date_prototype, "Date", false);
    ensure_constructor(realm.promise_prototype, "Promise", true);
    ensure_constructor(realm.number_prototype, "Number", false);
    ensure_constructor(realm.string_prototype, "String", false);
    ensure_constructor(realm.boolean_prototype, "Boolean", false);
  }

  Value str(std::string_view s) { return Value(vm.string(s)); }
  Object* object(std::initializer_list<std::pair<const char*, Value>> props) {
    Object* o = vm.new_object();
    for (const auto& p : props) o->define(vm.key(p.first), p.second);
    return o;
  }
  MapObject* map(std::initializer_list<std::pair<Value, Value>> entries) {
    auto* m = vm.heap().make<MapObject>(realm.map_prototype, ObjectClass::kMap);
    for (const auto& e : entries) m->table().set(e.first, e.second);
    return m;
  }
  MapObject* set(std::initializer_list<Value> values) {
    auto* s = vm.heap().make<MapObject>(realm.set_prototype, ObjectClass::kSet);
    for (Value v : values) s->table().set(v, v);
    return s;
  }
  PromiseObject* promise(PromiseState state, Value result) {
    auto* p = vm.heap().make<PromiseObject>(realm.promise_prototype);
    if (state != PromiseState::kPending) p->settle(state, result);
    return p;
  }
  std::string text(Value v, const InspectOptions& options = {}) {
    auto t = inspect(vm, v, options);
    return t ? *t : "<threw>";
  }
};

}  // namespace

TEST_CASE("inspect: Map and Set built from C++") {
  Values t;
  // new Map([['a', 1], ['b', { c: 2 }]]), new Set([1, 'two']), new Map(), new Set()
  CHECK(t.text(Value(t.map({{t.str("a"), Value(1)}, {t.str("b"), Value(t.object({{"c", Value(2)}}))}}))) ==
        "Map(2) { 'a' => 1, 'b' => { c: 2 } }");
  CHECK(t.text(Value(t.set({Value(1), t.str("two")}))) == "Set(2) { 1, 'two' }");
  CHECK(t.text(Value(t.map({}))) == "Map(0) {}");
  CHECK(t.text(Value(t.set({}))) == "Set(0) {}");
}

TEST_CASE("inspect: Map keys that are objects and Maps nested beyond the depth") {
  Values t;
  // { m: new Map([[{ a: 1 }, [1, 2]]]) }
  Value key(t.object({{"a", Value(1)}}));
  Value m(t.map({{key, Value(t.vm.new_array({Value(1), Value(2)}))}}));
  CHECK(t.text(Value(t.object({{"m", m}}))) == "{ m: Map(1) { { a: 1 } => [ 1, 2 ] } }");
  // [new Map([['k', new Map([['k2', new Map([['k3', 1]])]])]])]
  Value inner(t.map({{t.str("k3"), Value(1)}}));
  Value middle(t.map({{t.str("k2"), inner}}));
  Value outer(t.map({{t.str("k"), middle}}));
  CHECK(t.text(Value(t.vm.new_array({outer}))) == "[ Map(1) { 'k' => Map(1) { 'k2' => [Map] } } ]");
}

TEST_CASE("inspect: a Map that contains itself") {
  Values t;
  // const mc = new Map(); mc.set('me', mc)
  MapObject* m = t.map({});
  m->table().set(t.str("me"), Value(m));
  CHECK(t.text(Value(m)) == "<ref *1> Map(1) { 'me' => [Circular *1] }");
}

TEST_CASE("inspect: a Set of more than 100 values") {
  Values t;
  MapObject* s = t.set({});
  for (int i = 0; i < 102; ++i) s->table().set(Value(i), Value(i));
  std::string expected = "Set(102) {\n";
  for (int i = 0; i < 100; ++i) expected += "  " + std::to_string(i) + ",\n";
  expected += "  ... 2 more items\n}";
  CHECK(t.text(Value(s)) == expected);
}

TEST_CASE("inspect: Map with extra properties, subclass and null prototype") {
  Values t;
  // const sm = new Map([['a', 1]]); sm.extra = true
  MapObject* m = t.map({{t.str("a"), Value(1)}});
  m->define(t.vm.key("extra"), Value::boolean(true));
  CHECK(t.text(Value(m)) == "Map(1) { 'a' => 1, extra: true }");
  // class MyMap extends Map {}; new MyMap([[1, 1]])
  Object* my_proto = t.vm.new_object(t.realm.map_prototype);
  t.vm.new_native_constructor("MyMap", 0, Values::no_op, my_proto);
  MapObject* mine = t.vm.heap().make<MapObject>(my_proto, ObjectClass::kMap);
  mine->table().set(Value(1), Value(1));
  CHECK(t.text(Value(mine)) == "MyMap(1) [Map] { 1 => 1 }");
  // const ns = new Set([1]); Object.setPrototypeOf(ns, null)
  MapObject* ns = t.set({Value(1)});
  ns->set_prototype(nullptr);
  CHECK(t.text(Value(ns)) == "[Set(1): null prototype] { 1 }");
}

TEST_CASE("inspect: Map and Set iterators show what is left to iterate") {
  Values t;
  // const m = new Map([[1, 2], [3, 4]]); const it = m.entries(); it.next(); it, m.keys(), m.values()
  MapObject* m = t.map({{Value(1), Value(2)}, {Value(3), Value(4)}});
  auto iter = [&](ObjectClass cls, Object* target, IteratorObject::Mode mode) {
    Object* proto =
        cls == ObjectClass::kMapIterator ? t.realm.map_iterator_prototype : t.realm.set_iterator_prototype;
    return t.vm.heap().make<IteratorObject>(proto, cls, Value(target), mode);
  };
  IteratorObject* entries = iter(ObjectClass::kMapIterator, m, IteratorObject::Mode::kEntries);
  entries->set_position(1);
  CHECK(t.text(Value(entries)) == "[Map Entries] { [ 3, 4 ] }");
  CHECK(t.text(Value(iter(ObjectClass::kMapIterator, m, IteratorObject::Mode::kKeys))) ==
        "[Map Iterator] { 1, 3 }");
  CHECK(t.text(Value(iter(ObjectClass::kMapIterator, m, IteratorObject::Mode::kValues))) ==
        "[Map Iterator] { 2, 4 }");
  // const s = new Set([5]); s.values(), s.entries()
  MapObject* s = t.set({Value(5)});
  CHECK(t.text(Value(iter(ObjectClass::kSetIterator, s, IteratorObject::Mode::kValues))) ==
        "[Set Iterator] { 5 }");
  CHECK(t.text(Value(iter(ObjectClass::kSetIterator, s, IteratorObject::Mode::kEntries))) ==
        "[Set Entries] { [ 5, 5 ] }");
}

TEST_CASE("inspect: dates print their ISO form, invalid ones Invalid Date") {
  Values t;
  auto date = [&](double ms) { return Value(t.vm.heap().make<DateObject>(t.realm.date_prototype, ms)); };
  // new Date(0), new Date(NaN), new Date(-62198755200000), new Date(253402300800000), new Date(-1)
  CHECK(t.text(date(0)) == "1970-01-01T00:00:00.000Z");
  CHECK(t.text(date(NAN)) == "Invalid Date");
  CHECK(t.text(date(-62198755200000.0)) == "-000001-01-01T00:00:00.000Z");
  CHECK(t.text(date(253402300800000.0)) == "+010000-01-01T00:00:00.000Z");
  CHECK(t.text(date(-1)) == "1969-12-31T23:59:59.999Z");
  // const d = new Date(0); d.prop = 1
  Value d = date(0);
  d.as_object()->define(t.vm.key("prop"), Value(1));
  CHECK(t.text(d) == "1970-01-01T00:00:00.000Z { prop: 1 }");
}

TEST_CASE("inspect: WeakMap and WeakSet do not show their entries") {
  Values t;
  auto* wm = t.vm.heap().make<WeakMapObject>(t.vm.heap(), t.realm.weakmap_prototype, ObjectClass::kWeakMap);
  auto* ws = t.vm.heap().make<WeakMapObject>(t.vm.heap(), t.realm.weakset_prototype, ObjectClass::kWeakSet);
  CHECK(t.text(Value(wm)) == "WeakMap { <items unknown> }");
  CHECK(t.text(Value(ws)) == "WeakSet { <items unknown> }");
}

TEST_CASE("inspect: promises show their state and result") {
  Values t;
  // Promise.resolve(4), new Promise(() => {}), Promise.reject('x')
  CHECK(t.text(Value(t.promise(PromiseState::kFulfilled, Value(4)))) == "Promise { 4 }");
  CHECK(t.text(Value(t.promise(PromiseState::kPending, Value::undefined()))) == "Promise { <pending> }");
  CHECK(t.text(Value(t.promise(PromiseState::kRejected, t.str("x")))) == "Promise { <rejected> 'x' }");
  // Promise.resolve({ a: { b: { c: {} } } })
  Value nested(t.object({{"a", Value(t.object({{"b", Value(t.object({{"c", Value(t.object({}))}}))}}))}}));
  CHECK(t.text(Value(t.promise(PromiseState::kFulfilled, nested))) == "Promise { { a: { b: [Object] } } }");
}

TEST_CASE("inspect: a promise rejected with an error indents the stack") {
  Values t;
  // const e = new Error('x'); e.stack = 'Error: x\n    at f (a.js:1:1)'; Promise.reject(e) and { pr }
  ErrorObject* e = t.vm.make_error(ErrorType::kError, "x");
  e->define(t.vm.key("stack"), t.str("Error: x\n    at f (a.js:1:1)"), kMethodAttrs);
  Value p(t.promise(PromiseState::kRejected, Value(e)));
  CHECK(t.text(p) == "Promise {\n  <rejected> Error: x\n      at f (a.js:1:1)\n}");
  CHECK(t.text(Value(t.object({{"pr", p}}))) ==
        "{\n  pr: Promise {\n    <rejected> Error: x\n        at f (a.js:1:1)\n  }\n}");
}

TEST_CASE("inspect: boxed primitives") {
  Values t;
  auto boxed = [&](ObjectClass cls, Object* proto, Value v) {
    return Value(t.vm.heap().make<PrimitiveObject>(t.vm.heap(), proto, cls, v));
  };
  // new Number(3), new String('ab'), new Boolean(true), Object(Symbol('q')), new Number(-0)
  CHECK(t.text(boxed(ObjectClass::kNumber, t.realm.number_prototype, Value(3))) == "[Number: 3]");
  CHECK(t.text(boxed(ObjectClass::kString, t.realm.string_prototype, t.str("ab"))) == "[String: 'ab']");
  CHECK(t.text(boxed(ObjectClass::kBoolean, t.realm.boolean_prototype, Value::boolean(true))) ==
        "[Boolean: true]");
  Value sym(t.vm.heap().make<Symbol>(t.str("q")));
  CHECK(t.text(boxed(ObjectClass::kSymbol, t.realm.symbol_prototype, sym)) == "[Symbol: Symbol(q)]");
  CHECK(t.text(boxed(ObjectClass::kNumber, t.realm.number_prototype, Value(-0.0))) == "[Number: -0]");
  // const st = new String('abc'); st.extra = 1
  Value st = boxed(ObjectClass::kString, t.realm.string_prototype, t.str("abc"));
  st.as_object()->define(t.vm.key("extra"), Value(1));
  CHECK(t.text(st) == "[String: 'abc'] { extra: 1 }");
}

TEST_CASE("inspect: top-level strings are quoted by inspect") {
  Values t;
  // util.inspect('a'), util.inspect("it's"), util.inspect(-0)
  CHECK(t.text(t.str("a")) == "'a'");
  CHECK(t.text(t.str("it's")) == "\"it's\"");
  CHECK(t.text(Value(-0.0)) == "-0");
}

TEST_CASE("inspect: options depth, breakLength, compact, sorted and maxArrayLength") {
  Values t;
  Value nested(t.object(
      {{"a", Value(t.object({{"b", Value(t.object({{"c", Value(t.object({{"d", Value(1)}}))}}))}}))}}));
  InspectOptions deep;
  deep.depth = InspectOptions::kUnlimited;
  // util.inspect({ a: { b: { c: { d: 1 } } } }, { depth: null })
  CHECK(t.text(nested, deep) == "{\n  a: { b: { c: { d: 1 } } }\n}");
  InspectOptions shallow;
  shallow.depth = 0;
  // util.inspect({ a: { b: { c: { d: 1 } } } }, { depth: 0 })
  CHECK(t.text(nested, shallow) == "{ a: [Object] }");
  Value obj(t.object({{"b", Value(2)}, {"a", Value(1)}, {"c", t.str("x")}}));
  InspectOptions sorted;
  sorted.sorted = true;
  // util.inspect({ b: 2, a: 1, c: 'x' }, { sorted: true })
  CHECK(t.text(obj, sorted) == "{ a: 1, b: 2, c: 'x' }");
  InspectOptions narrow;
  narrow.break_length = 10;
  // util.inspect({ b: 2, a: 1, c: 'x' }, { breakLength: 10 })
  CHECK(t.text(obj, narrow) == "{\n  b: 2,\n  a: 1,\n  c: 'x'\n}");
  InspectOptions not_compact;
  not_compact.compact = 0;
  // util.inspect({ b: 2, a: 1, c: 'x' }, { compact: false })
  CHECK(t.text(obj, not_compact) == "{\n  b: 2,\n  a: 1,\n  c: 'x'\n}");
  InspectOptions compact_true;
  compact_true.compact = InspectOptions::kCompactTrue;
  // util.inspect({ a: { b: { c: { d: 1 } } } }, { compact: true })
  CHECK(t.text(nested, compact_true) == "{ a: { b: { c: [Object] } } }");
  ArrayObject* arr = t.vm.new_array({Value(1), Value(2), Value(3)});
  InspectOptions two;
  two.max_array_length = 2;
  // util.inspect([1, 2, 3], { maxArrayLength: 2 })
  CHECK(t.text(Value(arr), two) == "[ 1, 2, ... 1 more item ]");
  InspectOptions short_strings;
  short_strings.max_string_length = 3;
  // util.inspect('abcdef', { maxStringLength: 3 })
  CHECK(t.text(t.str("abcdef"), short_strings) == "'abc'... 3 more characters");
}

TEST_CASE("inspect: colors") {
  Values t;
  InspectOptions colors;
  colors.colors = true;
  // util.inspect([1, 'a', null, undefined, true, Symbol('s')], { colors: true })
  Value sym(t.vm.heap().make<Symbol>(t.str("s")));
  ArrayObject* arr =
      t.vm.new_array({Value(1), t.str("a"), Value::null(), Value::undefined(), Value::boolean(true), sym});
  CHECK(t.text(Value(arr), colors) ==
        "[ \x1b[33m1\x1b[39m, \x1b[32m'a'\x1b[39m, \x1b[1mnull\x1b[22m, \x1b[90mundefined\x1b[39m, "
        "\x1b[33mtrue\x1b[39m, \x1b[32mSymbol(s)\x1b[39m ]");
}

TEST_CASE("inspect: run_user_code false never calls getters") {
  Values t;
  // An object whose Symbol.toStringTag is a getter that throws: with run_user_code the throw
  // propagates, without it the tag is ignored.
  auto thrower = [](Vm& vm, Value, ArgList) { return vm.throw_type_error("no"); };
  Object* o = t.object({{"a", Value(1)}});
  o->define_accessor(PropKey(t.realm.symbol_to_string_tag), Value(t.vm.new_native("get", 0, thrower)),
                     Value::undefined(), kConfigurable);
  CHECK(!inspect(t.vm, Value(o)).has_value());
  CHECK(t.vm.has_exception());
  t.vm.take_exception();
  InspectOptions quiet;
  quiet.run_user_code = false;
  CHECK(t.text(Value(o), quiet) == "{ a: 1 }");
}

TEST_CASE("inspect: very deep nesting stops with node's message instead of overflowing") {
  Values t;
  // let root = {}, cur = root; for (...) { cur.next = {}; cur = cur.next; }
  // util.inspect(root, { depth: Infinity }) -- node stops where V8's stack overflows (about 1000
  // levels), Looplab at a fixed nesting: the message is node's, the level is not.
  Object* root = t.vm.new_object();
  Object* cur = root;
  for (int i = 0; i < 20000; ++i) {
    Object* next = t.vm.new_object();
    cur->define(t.vm.key("next"), Value(next));
    cur = next;
  }
  InspectOptions unlimited;
  unlimited.depth = InspectOptions::kUnlimited;
  std::string text = t.text(Value(root), unlimited);
  CHECK(text.find("next: [Object: Inspection interrupted prematurely. Maximum call stack size exceeded.]") !=
        std::string::npos);
}

TEST_CASE("inspect: primitives at the top level and nested") {
  CHECK(console_output(R"JS(console.log(1, -0, NaN, Infinity, true, null, undefined, Symbol('x'), Symbol());
console.log([1, -0, NaN, -Infinity, false, null, undefined, Symbol('x')]);)JS") ==
        R"OUT(1 -0 NaN Infinity true null undefined Symbol(x) Symbol()
[
  1,         -0,
  NaN,       -Infinity,
  false,     null,
  undefined, Symbol(x)
]
)OUT");
}

TEST_CASE("inspect: number formatting follows ToString") {
  CHECK(console_output(
            R"JS(console.log([1.5, 0.1 + 0.2, 1e21, 1e-7, 123456789.123, -1e-7, 2 ** 53, 5e-324]);)JS") ==
        R"OUT([
  1.5,
  0.30000000000000004,
  1e+21,
  1e-7,
  123456789.123,
  -1e-7,
  9007199254740992,
  5e-324
]
)OUT");
}

TEST_CASE("inspect: strings are single-quoted when nested, double or backtick quoted when they hold quotes") {
  CHECK(console_output(
            R"JS(console.log('top', ["it's", 'say "hi"', `a'b"c`, `a'b"c${'`'}`, 'a\'b"c`d${x}']);)JS") ==
        R"OUT(top [ "it's", 'say "hi"', `a'b"c`, 'a\'b"c`', 'a\'b"c`d${x}' ]
)OUT");
}

TEST_CASE("inspect: strings escape control characters, backslashes and lone surrogates") {
  CHECK(
      console_output(
          R"JS(console.log(['\x00\x1f\x7f\x9f', '\\', '\t\r\n\b\f\v', 'é中文😀', '\ud800x', 'x\udc00']);)JS") ==
      R"OUT([
  '\x00\x1F\x7F\x9F',
  '\\',
  '\t\r\n\b\f\x0B',
  'é中文😀',
  '\ud800x',
  'x\udc00'
]
)OUT");
}

TEST_CASE("inspect: long strings with newlines are split into quoted lines") {
  CHECK(
      console_output(
          R"JS(console.log({ s: 'line1\nline2\nline3 is a long line that goes on and on and on and on and on' });
console.log(['short\nlines'], ['a much longer string with a newline\nin the middle of it, long enough to split']);
console.log('top\nlevel');)JS") ==
      R"OUT({
  s: 'line1\nline2\nline3 is a long line that goes on and on and on and on and on'
}
[ 'short\nlines' ] [
  'a much longer string with a newline\n' +
    'in the middle of it, long enough to split'
]
top
level
)OUT");
}

TEST_CASE("inspect: empty and simple objects and arrays") {
  CHECK(console_output(
            R"JS(console.log({}, [], { a: 1, b: 'x' }, [1, 2, 3], [[]], [{}], { a: [] }, { a: {} });)JS") ==
        R"OUT({} [] { a: 1, b: 'x' } [ 1, 2, 3 ] [ [] ] [ {} ] { a: [] } { a: {} }
)OUT");
}

TEST_CASE("inspect: keys that are not identifiers are quoted") {
  CHECK(
      console_output(
          R"JS(console.log({ 'a-b': 1, $x: 2, _y: 3, 1: 4, '': 5, 'a\nb': 6, "it's": 7, 'ünï': 8, '123abc': 9 });)JS") ==
      R"OUT({
  '1': 4,
  'a-b': 1,
  '$x': 2,
  _y: 3,
  '': 5,
  'a\nb': 6,
  "it's": 7,
  'ünï': 8,
  '123abc': 9
}
)OUT");
}

TEST_CASE("inspect: symbol keys") {
  CHECK(
      console_output(
          R"JS(console.log({ [Symbol('s')]: 1, [Symbol()]: 2, [Symbol.iterator]: 3, [Symbol("it's")]: 4 });)JS") ==
      R"OUT({
  [Symbol(s)]: 1,
  [Symbol()]: 2,
  [Symbol(Symbol.iterator)]: 3,
  [Symbol(it\'s)]: 4
}
)OUT");
}

TEST_CASE("inspect: the __proto__ key and non-enumerable keys") {
  CHECK(
      console_output(
          R"JS(const o = {}; Object.defineProperty(o, '__proto__', { value: 1, enumerable: true }); console.log(o);
const od = {}; Object.defineProperty(od, 'hidden', { value: 1, enumerable: false }); od.shown = 2; console.log(od);)JS") ==
      R"OUT({ ['__proto__']: 1 }
{ shown: 2 }
)OUT");
}

TEST_CASE("inspect: objects nested beyond depth 2") {
  CHECK(console_output(R"JS(console.log({ a: { b: { c: { d: 1 } } } });
console.log([1, [2, [3, [4, [5]]]]]);
console.log({ a: { b: { c: {} } } }, { a: { b: { c: [] } } }, { a: { b: { c: [1] } } });
console.log([[1, 2, [3, 4, [5, 6, [7, 8]]]], { a: [{ b: [{ c: 1 }] }] }]);)JS") ==
        R"OUT({ a: { b: { c: [Object] } } }
[ 1, [ 2, [ 3, [Array] ] ] ]
{ a: { b: { c: {} } } } { a: { b: { c: [] } } } { a: { b: { c: [Array] } } }
[ [ 1, 2, [ 3, 4, [Array] ] ], { a: [ [Object] ] } ]
)OUT");
}

TEST_CASE("inspect: class instances and null prototypes") {
  CHECK(console_output(R"JS(class Point { constructor(x, y) { this.x = x; this.y = y; } }
class Empty {}
class Bar extends Point { constructor() { super(1, 2); this.z = 3; } }
console.log(new Point(1, 2), [new Point(1, 2)], new Empty(), { e: new Empty() }, new Bar());
console.log(Object.create(null), Object.create(Point.prototype));
const n = Object.create(null); n.a = 1; console.log(n, { n });
console.log({ deep: { deeper: { deepest: new Point(1, 2) } } });)JS") ==
        R"OUT(Point { x: 1, y: 2 } [ Point { x: 1, y: 2 } ] Empty {} { e: Empty {} } Bar { x: 1, y: 2, z: 3 }
[Object: null prototype] {} Point {}
[Object: null prototype] { a: 1 } { n: [Object: null prototype] { a: 1 } }
{ deep: { deeper: { deepest: [Point] } } }
)OUT");
}

TEST_CASE("inspect: prototypes without a constructor") {
  CHECK(console_output(R"JS(console.log(Object.create(Object.create(null)));
const c = { a: 1 }; Object.setPrototypeOf(c, Object.create(null)); console.log(c);
console.log({ constructor: 'notfn', a: 1 }, { constructor: function Named() {} });)JS") ==
        R"OUT(Object <[Object: null prototype] {}> {}
Object <[Object: null prototype] {}> { a: 1 }
{ constructor: 'notfn', a: 1 } { constructor: [Function: Named] }
)OUT");
}

TEST_CASE("inspect: getters and setters are shown without being called") {
  CHECK(
      console_output(
          R"JS(console.log({ get a() { throw new Error('called'); }, set b(v) {}, get c() { return 1; }, set c(v) {} });
class G { get v() { return 1; } }
console.log(new G());
console.log(Object.defineProperty([1, 2], '0', { get() { return 1; } }));)JS") ==
      R"OUT({ a: [Getter], b: [Setter], c: [Getter/Setter] }
G {}
[ [Getter], 2 ]
)OUT");
}

TEST_CASE("inspect: circular references") {
  CHECK(console_output(R"JS(const o = { a: 1 }; o.self = o; console.log(o);
const c = { name: 'c' }; c.children = [c, { parent: c }]; console.log(c);
const a = [1]; a.push(a); console.log(a);
const x = {}; const y = { x }; x.y = y; console.log([x, y]);
const r1 = {}; const r2 = {}; r1.a = r2; r2.b = r1; r1.self = r1; console.log(r1);
const p = {}; console.log({ p1: p, p2: p });)JS") ==
        R"OUT(<ref *1> { a: 1, self: [Circular *1] }
<ref *1> {
  name: 'c',
  children: [ [Circular *1], { parent: [Circular *1] } ]
}
<ref *1> [ 1, [Circular *1] ]
[
  <ref *1> { y: { x: [Circular *1] } },
  <ref *2> { x: <ref *1> { y: [Circular *2] } }
]
<ref *1> { a: { b: [Circular *1] }, self: [Circular *1] }
{ p1: {}, p2: {} }
)OUT");
}

TEST_CASE("inspect: Symbol.toStringTag") {
  CHECK(console_output(R"JS(class Tagged { get [Symbol.toStringTag]() { return 'TG'; } }
console.log(new Tagged(), { t: new Tagged() });
const t2 = new Tagged(); t2.x = 1; console.log(t2);
console.log({ [Symbol.toStringTag]: 'X', a: 1 });
const o1 = {}; Object.defineProperty(o1, Symbol.toStringTag, { value: 'Hidden' }); console.log(o1);
const o2 = { a: 1 }; Object.defineProperty(o2, Symbol.toStringTag, { value: 'Hidden' }); console.log(o2);
const n1 = Object.create(null); Object.defineProperty(n1, Symbol.toStringTag, { value: 'NT' }); n1.z = 1; console.log(n1);)JS") ==
        R"OUT(Tagged [TG] {} { t: Tagged [TG] {} }
Tagged [TG] { x: 1 }
{ a: 1, [Symbol(Symbol.toStringTag)]: 'X' }
Object [Hidden] {}
Object [Hidden] { a: 1 }
[Object: null prototype] [NT] { z: 1 }
)OUT");
}

TEST_CASE("inspect: functions") {
  CHECK(
      console_output(
          R"JS(console.log(function f() {}, () => {}, async function g() {}, async () => {}, function () {});
console.log([function named() {}], { m() {}, async am() {}, arrow: () => 1 });
console.log(function namedFn() {}.bind(null), Math.max, console.log);)JS") ==
      R"OUT([Function: f] [Function (anonymous)] [AsyncFunction: g] [AsyncFunction (anonymous)] [Function (anonymous)]
[ [Function: named] ] { m: [Function: m], am: [AsyncFunction: am], arrow: [Function: arrow] }
[Function: bound namedFn] [Function: max] [Function: log]
)OUT");
}

TEST_CASE("inspect: functions with properties") {
  CHECK(console_output(R"JS(const f = function withProps() {}; f.a = 1; f.b = { c: 2 }; console.log(f, [f]);
console.log(Object.assign(() => {}, { k: 1 }));
console.log(Object.setPrototypeOf(function nf() {}, null));)JS") ==
        R"OUT([Function: withProps] { a: 1, b: { c: 2 } } [ [Function: withProps] { a: 1, b: { c: 2 } } ]
[Function (anonymous)] { k: 1 }
[Function (null prototype): nf]
)OUT");
}

TEST_CASE("inspect: classes") {
  CHECK(
      console_output(R"JS(class A {}
class B extends A {}
class S { static s = 1; static m() {} }
console.log(A, B, class {}, class extends B {}, S, [A, { B }]);)JS") ==
      R"OUT([class A] [class B extends A] [class (anonymous)] [class (anonymous) extends B] [class S] { s: 1 } [ [class A], { B: [class B extends A] } ]
)OUT");
}

TEST_CASE("inspect: arrays with holes") {
  CHECK(
      console_output(R"JS(console.log([1, , 3], [, , ,], new Array(5), [1, , , , 5, , ], [, 'a']);
const big = []; big[150] = 1; console.log(big);
const far = [1]; far[20] = 2; far.x = 1; console.log(far);)JS") ==
      R"OUT([ 1, <1 empty item>, 3 ] [ <3 empty items> ] [ <5 empty items> ] [ 1, <3 empty items>, 5, <1 empty item> ] [ <1 empty item>, 'a' ]
[ <150 empty items>, 1 ]
[ 1, <19 empty items>, 2, x: 1 ]
)OUT");
}

TEST_CASE("inspect: arrays with extra properties") {
  CHECK(console_output(R"JS(const a = [1, 2]; a.extra = 'x'; a[Symbol('s')] = 1; console.log(a);
const e = []; e.only = true; console.log(e);)JS") ==
        R"OUT([ 1, 2, extra: 'x', [Symbol(s)]: 1 ]
[ only: true ]
)OUT");
}

TEST_CASE("inspect: arguments objects") {
  CHECK(console_output(R"JS((function () { console.log(arguments); })(1, 'a');
(function () { console.log(arguments); })();)JS") ==
        R"OUT([Arguments] { '0': 1, '1': 'a' }
[Arguments] {}
)OUT");
}

TEST_CASE("inspect: iterators without entries") {
  CHECK(console_output(R"JS(console.log([1, 2, 3].values(), [1].keys(), 'abc'[Symbol.iterator]());)JS") ==
        R"OUT(Object [Array Iterator] {} Object [Array Iterator] {} Object [String Iterator] {}
)OUT");
}

TEST_CASE("inspect: numeric arrays are grouped into right-aligned columns") {
  CHECK(console_output(
            R"JS(function range(n, f) { const a = []; for (let i = 0; i < n; i++) a.push(f(i)); return a; }

console.log(range(7, i => i));
console.log(range(26, i => i));
console.log(range(30, i => i * 3));
console.log(range(50, i => i * 1.5));
console.log(range(10, i => i * 1000000));
console.log(range(7, i => -i));)JS") ==
        R"OUT([
  0, 1, 2, 3,
  4, 5, 6
]
[
   0,  1,  2,  3,  4,  5,  6,  7,
   8,  9, 10, 11, 12, 13, 14, 15,
  16, 17, 18, 19, 20, 21, 22, 23,
  24, 25
]
[
   0,  3,  6,  9, 12, 15, 18, 21, 24,
  27, 30, 33, 36, 39, 42, 45, 48, 51,
  54, 57, 60, 63, 66, 69, 72, 75, 78,
  81, 84, 87
]
[
   0,  1.5,  3,  4.5,  6,  7.5,  9, 10.5,
  12, 13.5, 15, 16.5, 18, 19.5, 21, 22.5,
  24, 25.5, 27, 28.5, 30, 31.5, 33, 34.5,
  36, 37.5, 39, 40.5, 42, 43.5, 45, 46.5,
  48, 49.5, 51, 52.5, 54, 55.5, 57, 58.5,
  60, 61.5, 63, 64.5, 66, 67.5, 69, 70.5,
  72, 73.5
]
[
        0, 1000000,
  2000000, 3000000,
  4000000, 5000000,
  6000000, 7000000,
  8000000, 9000000
]
[
  -0, -1, -2, -3,
  -4, -5, -6
]
)OUT");
}

TEST_CASE("inspect: arrays of more than 100 items") {
  CHECK(console_output(
            R"JS(function range(n, f) { const a = []; for (let i = 0; i < n; i++) a.push(f(i)); return a; }

console.log(range(120, i => i));
console.log(range(101, i => 'x'));)JS") ==
        R"OUT([
   0,  1,  2,  3,  4,  5,  6,  7,  8,  9, 10, 11,
  12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23,
  24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35,
  36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47,
  48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59,
  60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71,
  72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83,
  84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95,
  96, 97, 98, 99,
  ... 20 more items
]
[
  'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x',
  'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x',
  'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x',
  'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x',
  'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x',
  'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x',
  'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x',
  'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x',
  'x', 'x', 'x', 'x',
  ... 1 more item
]
)OUT");
}

TEST_CASE("inspect: other arrays are grouped into left-aligned columns") {
  CHECK(console_output(
            R"JS(function range(n, f) { const a = []; for (let i = 0; i < n; i++) a.push(f(i)); return a; }

console.log(range(7, i => 'str' + i));
console.log(range(16, i => 'a'.repeat(i)));
console.log(range(25, i => 'ab'.repeat(i % 5)));
console.log(range(8, i => i % 2 ? 'a' : 1000000));
console.log(range(7, i => i % 2 ? undefined : null));)JS") ==
        R"OUT([
  'str0', 'str1',
  'str2', 'str3',
  'str4', 'str5',
  'str6'
]
[
  '',               'a',
  'aa',             'aaa',
  'aaaa',           'aaaaa',
  'aaaaaa',         'aaaaaaa',
  'aaaaaaaa',       'aaaaaaaaa',
  'aaaaaaaaaa',     'aaaaaaaaaaa',
  'aaaaaaaaaaaa',   'aaaaaaaaaaaaa',
  'aaaaaaaaaaaaaa', 'aaaaaaaaaaaaaaa'
]
[
  '',         'ab',       'abab',
  'ababab',   'abababab', '',
  'ab',       'abab',     'ababab',
  'abababab', '',         'ab',
  'abab',     'ababab',   'abababab',
  '',         'ab',       'abab',
  'ababab',   'abababab', '',
  'ab',       'abab',     'ababab',
  'abababab'
]
[
  1000000, 'a',
  1000000, 'a',
  1000000, 'a',
  1000000, 'a'
]
[
  null, undefined,
  null, undefined,
  null, undefined,
  null
]
)OUT");
}

TEST_CASE("inspect: arrays of objects and of arrays") {
  CHECK(console_output(
            R"JS(function range(n, f) { const a = []; for (let i = 0; i < n; i++) a.push(f(i)); return a; }

console.log(range(10, i => ({ a: i })));
console.log(range(12, i => [i]));
console.log(range(4, i => range(10, j => j)));
console.log([['a', 1], ['b', 2], ['c', 3], ['d', 4], ['e', 5], ['f', 6], ['g', 7]]);
console.log(range(3, i => range(3, j => range(3, k => k))));)JS") ==
        R"OUT([
  { a: 0 }, { a: 1 },
  { a: 2 }, { a: 3 },
  { a: 4 }, { a: 5 },
  { a: 6 }, { a: 7 },
  { a: 8 }, { a: 9 }
]
[
  [ 0 ], [ 1 ],  [ 2 ],
  [ 3 ], [ 4 ],  [ 5 ],
  [ 6 ], [ 7 ],  [ 8 ],
  [ 9 ], [ 10 ], [ 11 ]
]
[
  [
    0, 1, 2, 3, 4,
    5, 6, 7, 8, 9
  ],
  [
    0, 1, 2, 3, 4,
    5, 6, 7, 8, 9
  ],
  [
    0, 1, 2, 3, 4,
    5, 6, 7, 8, 9
  ],
  [
    0, 1, 2, 3, 4,
    5, 6, 7, 8, 9
  ]
]
[
  [ 'a', 1 ],
  [ 'b', 2 ],
  [ 'c', 3 ],
  [ 'd', 4 ],
  [ 'e', 5 ],
  [ 'f', 6 ],
  [ 'g', 7 ]
]
[
  [ [ 0, 1, 2 ], [ 0, 1, 2 ], [ 0, 1, 2 ] ],
  [ [ 0, 1, 2 ], [ 0, 1, 2 ], [ 0, 1, 2 ] ],
  [ [ 0, 1, 2 ], [ 0, 1, 2 ], [ 0, 1, 2 ] ]
]
)OUT");
}

TEST_CASE("inspect: grouping is not used when entries differ too much") {
  CHECK(console_output(
            R"JS(function range(n, f) { const a = []; for (let i = 0; i < n; i++) a.push(f(i)); return a; }

console.log(range(7, i => i === 3 ? 'x'.repeat(40) : i));
console.log(range(7, i => 'x'.repeat(30)));)JS") ==
        R"OUT([ 0, 1, 2, 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 4, 5, 6 ]
[
  'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
  'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
  'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
  'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
  'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
  'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
  'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'
]
)OUT");
}

TEST_CASE("inspect: objects break into lines past 80 columns") {
  CHECK(
      console_output(
          R"JS(function obj(n, f) { const o = {}; for (let i = 0; i < n; i++) o['key' + i] = f(i); return o; }

console.log(obj(5, i => i));
console.log(obj(8, i => i));
console.log(obj(12, i => 'value' + i));
console.log({ longkeyname1: 'some value here', longkeyname2: 'some value here', k3: 1 });
console.log({ a: 'y'.repeat(60), b: 'z'.repeat(10) });
console.log({ long: 'y'.repeat(75) });)JS") ==
      R"OUT({ key0: 0, key1: 1, key2: 2, key3: 3, key4: 4 }
{
  key0: 0,
  key1: 1,
  key2: 2,
  key3: 3,
  key4: 4,
  key5: 5,
  key6: 6,
  key7: 7
}
{
  key0: 'value0',
  key1: 'value1',
  key2: 'value2',
  key3: 'value3',
  key4: 'value4',
  key5: 'value5',
  key6: 'value6',
  key7: 'value7',
  key8: 'value8',
  key9: 'value9',
  key10: 'value10',
  key11: 'value11'
}
{
  longkeyname1: 'some value here',
  longkeyname2: 'some value here',
  k3: 1
}
{
  a: 'yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy',
  b: 'zzzzzzzzzz'
}
{
  long: 'yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy'
}
)OUT");
}

TEST_CASE("inspect: objects with many keys print one key per line") {
  CHECK(
      console_output(
          R"JS(function obj(n, f) { const o = {}; for (let i = 0; i < n; i++) o['key' + i] = f(i); return o; }

console.log(obj(30, i => i * 100));)JS") ==
      R"OUT({
  key0: 0,
  key1: 100,
  key2: 200,
  key3: 300,
  key4: 400,
  key5: 500,
  key6: 600,
  key7: 700,
  key8: 800,
  key9: 900,
  key10: 1000,
  key11: 1100,
  key12: 1200,
  key13: 1300,
  key14: 1400,
  key15: 1500,
  key16: 1600,
  key17: 1700,
  key18: 1800,
  key19: 1900,
  key20: 2000,
  key21: 2100,
  key22: 2200,
  key23: 2300,
  key24: 2400,
  key25: 2500,
  key26: 2600,
  key27: 2700,
  key28: 2800,
  key29: 2900
}
)OUT");
}

TEST_CASE("inspect: nested objects share lines up to three levels") {
  CHECK(
      console_output(
          R"JS(function obj(n, f) { const o = {}; for (let i = 0; i < n; i++) o['key' + i] = f(i); return o; }

console.log(obj(3, i => obj(3, j => j)));
console.log(obj(4, i => obj(5, j => 'v' + j)));
console.log({ a: 1, b: { c: 2, d: { e: 3, f: { g: 4 } } } });
console.log({ x: [{ y: [{ z: 1 }] }] });
console.log([{ a: 1, b: 2 }, { a: 3, b: 4 }]);)JS") ==
      R"OUT({
  key0: { key0: 0, key1: 1, key2: 2 },
  key1: { key0: 0, key1: 1, key2: 2 },
  key2: { key0: 0, key1: 1, key2: 2 }
}
{
  key0: { key0: 'v0', key1: 'v1', key2: 'v2', key3: 'v3', key4: 'v4' },
  key1: { key0: 'v0', key1: 'v1', key2: 'v2', key3: 'v3', key4: 'v4' },
  key2: { key0: 'v0', key1: 'v1', key2: 'v2', key3: 'v3', key4: 'v4' },
  key3: { key0: 'v0', key1: 'v1', key2: 'v2', key3: 'v3', key4: 'v4' }
}
{ a: 1, b: { c: 2, d: { e: 3, f: [Object] } } }
{ x: [ { y: [Array] } ] }
[ { a: 1, b: 2 }, { a: 3, b: 4 } ]
)OUT");
}

TEST_CASE("inspect: errors with a stack") {
  CHECK(
      console_output(
          R"JS(function mk(ctor, msg, stack) { const e = new ctor(msg); Object.defineProperty(e, 'stack', { value: stack, writable: true, configurable: true }); return e; }
const S = 'Error: boom\n    at f (/app/a.js:1:2)\n    at g (/app/a.js:3:4)';
console.log(mk(Error, 'boom', S));
console.log([mk(Error, 'boom', S)]);
console.log({ a: { err: mk(Error, 'boom', S) } });
console.log(mk(TypeError, 'bad', 'TypeError: bad\n    at x (/a.js:1:1)'));)JS") ==
      R"OUT(Error: boom
    at f (/app/a.js:1:2)
    at g (/app/a.js:3:4)
[
  Error: boom
      at f (/app/a.js:1:2)
      at g (/app/a.js:3:4)
]
{
  a: {
    err: Error: boom
        at f (/app/a.js:1:2)
        at g (/app/a.js:3:4)
  }
}
TypeError: bad
    at x (/a.js:1:1)
)OUT");
}

TEST_CASE("inspect: errors without frames are bracketed") {
  CHECK(
      console_output(
          R"JS(function mk(ctor, msg, stack) { const e = new ctor(msg); Object.defineProperty(e, 'stack', { value: stack, writable: true, configurable: true }); return e; }
console.log(mk(Error, 'boom', 'Error: boom'), [mk(RangeError, 'r', 'RangeError: r')]);
const e4 = new Error('no stack'); Object.defineProperty(e4, 'stack', { value: undefined }); console.log(e4);
const e5 = new Error('msg'); Object.defineProperty(e5, 'stack', { value: '' }); console.log(e5);)JS") ==
      R"OUT([Error: boom] [ [RangeError: r] ]
[Error: no stack]
[Error: msg]
)OUT");
}

TEST_CASE("inspect: errors with extra properties") {
  CHECK(
      console_output(
          R"JS(function mk(ctor, msg, stack) { const e = new ctor(msg); Object.defineProperty(e, 'stack', { value: stack, writable: true, configurable: true }); return e; }
const e1 = mk(Error, 'boom', 'Error: boom\n    at f (/a.js:1:2)'); e1.code = 'E_X'; console.log(e1);
const e2 = mk(Error, 'boom', 'Error: boom\n    at f (/a.js:1:2)'); e2.code = 'E_X'; e2.info = { a: 1 }; console.log({ e2 });
const e3 = mk(Error, 'boom', 'Error: boom'); e3.code = 1; console.log(e3);)JS") ==
      R"OUT(Error: boom
    at f (/a.js:1:2) {
  code: 'E_X'
}
{
  e2: Error: boom
      at f (/a.js:1:2) {
    code: 'E_X',
    info: { a: 1 }
  }
}
[Error: boom] { code: 1 }
)OUT");
}

TEST_CASE("inspect: error subclasses and renamed errors") {
  CHECK(
      console_output(
          R"JS(function mk(ctor, msg, stack) { const e = new ctor(msg); Object.defineProperty(e, 'stack', { value: stack, writable: true, configurable: true }); return e; }
class MyError extends Error {}
class NamedError extends Error { constructor(m) { super(m); this.name = 'NamedError'; } }
console.log(mk(MyError, 'mine', 'Error: mine\n    at x (/a.js:1:1)'));
console.log(mk(NamedError, 'named', 'NamedError: named\n    at x (/a.js:1:1)'));
console.log(mk(NamedError, 'named', 'Error: named\n    at x (/a.js:1:1)'));
const e8 = mk(RangeError, 'x', 'RangeError: x'); e8.name = 'Custom'; console.log(e8);
const e10 = Object.create(Error.prototype); console.log(e10);
const e11 = mk(Error, 'x', 'Error: x\n    at a (/a.js:1:1)'); Object.setPrototypeOf(e11, null); console.log(e11);)JS") ==
      R"OUT(MyError: mine
    at x (/a.js:1:1)
NamedError: named
    at x (/a.js:1:1)
Error: named
    at x (/a.js:1:1) {
  name: 'NamedError'
}
[RangeError: x] { name: 'Custom' }
[Error]
[Error: null prototype]: x
    at a (/a.js:1:1)
)OUT");
}

TEST_CASE("inspect: error causes and aggregated errors") {
  CHECK(
      console_output(
          R"JS(function mk(ctor, msg, stack) { const e = new ctor(msg); Object.defineProperty(e, 'stack', { value: stack, writable: true, configurable: true }); return e; }
const e6 = mk(Error, 'outer', 'Error: outer\n    at a (/a.js:1:1)'); Object.defineProperty(e6, 'cause', { value: mk(Error, 'inner', 'Error: inner\n    at b (/b.js:1:1)'), writable: true, configurable: true }); console.log(e6);
const e7 = mk(Error, 'outer', 'Error: outer\n    at a (/a.js:1:1)'); Object.defineProperty(e7, 'cause', { value: 'str cause', writable: true, configurable: true }); console.log(e7);
const agg = mk(AggregateError, 'many', 'AggregateError: many\n    at a (/a.js:1:1)'); Object.defineProperty(agg, 'errors', { value: [mk(Error, 'one', 'Error: one'), 2], writable: true, configurable: true }); console.log(agg);)JS") ==
      R"OUT(Error: outer
    at a (/a.js:1:1) {
  [cause]: Error: inner
      at b (/b.js:1:1)
}
Error: outer
    at a (/a.js:1:1) {
  [cause]: 'str cause'
}
AggregateError: many
    at a (/a.js:1:1) {
  [errors]: [ [Error: one], 2 ]
}
)OUT");
}

TEST_CASE("inspect: frames shared with the cause are folded") {
  CHECK(
      console_output(
          R"JS(function mk(ctor, msg, stack) { const e = new ctor(msg); Object.defineProperty(e, 'stack', { value: stack, writable: true, configurable: true }); return e; }
const s1 = 'Error: shared\n    at a (/a.js:1:1)\n    at b (/a.js:2:1)\n    at c (/a.js:3:1)\n    at d (/a.js:4:1)\n    at e (/a.js:5:1)';
const inner = mk(Error, 'shared', s1);
const outer = mk(Error, 'top', 'Error: top\n    at z (/a.js:9:1)\n    at b (/a.js:2:1)\n    at c (/a.js:3:1)\n    at d (/a.js:4:1)\n    at e (/a.js:5:1)');
Object.defineProperty(outer, 'cause', { value: inner, configurable: true, writable: true });
console.log(outer);)JS") ==
      R"OUT(Error: top
    at z (/a.js:9:1)
    at b (/a.js:2:1)
    ... 2 lines matching cause stack trace ...
    at e (/a.js:5:1) {
  [cause]: Error: shared
      at a (/a.js:1:1)
      at b (/a.js:2:1)
      at c (/a.js:3:1)
      at d (/a.js:4:1)
      at e (/a.js:5:1)
}
)OUT");
}

TEST_CASE("inspect: a message with several lines") {
  CHECK(
      console_output(
          R"JS(const e9 = new Error('multi\nline'); Object.defineProperty(e9, 'stack', { value: 'Error: multi\nline\n    at a (/a.js:1:1)' }); console.log(e9);
const e0 = new Error(''); Object.defineProperty(e0, 'stack', { value: 'Error\n    at a (/a.js:1:1)' }); console.log(e0);)JS") ==
      R"OUT(Error: multi
line
    at a (/a.js:1:1)
Error
    at a (/a.js:1:1)
)OUT");
}

TEST_CASE("inspect: custom inspect functions") {
  CHECK(console_output(R"JS(const custom = Symbol.for('nodejs.util.inspect.custom');
console.log({ [custom]() { return 'CUSTOM!'; } });
console.log([{ [custom]() { return { replaced: true }; } }]);
console.log({ a: { [custom](depth, opts) { return 'depth=' + depth + ' ' + typeof opts.stylize; } } });
console.log({ x: { [custom](d, o, insp) { return insp({ deep: [1, 2] }); } } });
console.log({ m: { [custom]() { return 'multi\nline'; } } });
class WithCustom { [custom]() { return 'WC'; } }
console.log(new WithCustom(), WithCustom.prototype);)JS") ==
        R"OUT(CUSTOM!
[ { replaced: true } ]
{ a: depth=1 function }
{ x: { deep: [ 1, 2 ] } }
{
  m: multi
  line
}
WC {}
)OUT");
}

TEST_CASE("inspect: builtin objects") {
  CHECK(console_output(R"JS(console.log(Object.prototype, Function.prototype, Array.prototype);
console.log(Object, Symbol, Object.prototype.toString);)JS") ==
        R"OUT([Object: null prototype] {} [Function (anonymous)] Object Object(0) []
[Function: Object] [Function: Symbol] [Function: toString]
)OUT");
}

TEST_CASE("inspect: Map and Set from scripts") {
  CHECK(
      console_output(
          R"JS(const m = new Map([['a', 1], ['b', { c: [1, 2] }]]); console.log(m, new Set([1, 'two', [3]]), new Map(), new Set());
const mc = new Map(); mc.set('me', mc); console.log(mc);
const sc = new Set(); sc.add(sc); console.log(sc);
console.log(new Set(['x'.repeat(30), 'y'.repeat(30), 'z'.repeat(30)]));
console.log({ m: new Map([[{ k: 1 }, new Set([1])]]) });)JS") ==
      R"OUT(Map(2) { 'a' => 1, 'b' => { c: [ 1, 2 ] } } Set(3) { 1, 'two', [ 3 ] } Map(0) {} Set(0) {}
<ref *1> Map(1) { 'me' => [Circular *1] }
<ref *1> Set(1) { [Circular *1] }
Set(3) {
  'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
  'yyyyyyyyyyyyyyyyyyyyyyyyyyyyyy',
  'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzz'
}
{ m: Map(1) { { k: 1 } => Set(1) { 1 } } }
)OUT");
}

TEST_CASE("inspect: Map and Set iterators from scripts") {
  CHECK(
      console_output(R"JS(const m = new Map([[1, 'a'], [2, 'b']]);
const it = m.entries(); it.next();
console.log(it, m.keys(), m.values(), new Set([5, 6]).values(), new Set([5]).entries());)JS") ==
      R"OUT([Map Entries] { [ 2, 'b' ] } [Map Iterator] { 1, 2 } [Map Iterator] { 'a', 'b' } [Set Iterator] { 5, 6 } [Set Entries] { [ 5, 5 ] }
)OUT");
}

TEST_CASE("inspect: dates from scripts") {
  CHECK(
      console_output(
          R"JS(console.log(new Date(0), new Date(NaN), [new Date(Date.UTC(2024, 1, 29, 12, 0, 0, 5))], { d: new Date(-1) });)JS") ==
      R"OUT(1970-01-01T00:00:00.000Z Invalid Date [ 2024-02-29T12:00:00.005Z ] { d: 1969-12-31T23:59:59.999Z }
)OUT");
}

TEST_CASE("inspect: promises from scripts") {
  CHECK(console_output(R"JS(const rejected = Promise.reject(new RangeError('r')); rejected.catch(() => {});
Object.defineProperty(Promise.prototype, 'unused', { value: 1 });
console.log(Promise.resolve(1), new Promise(() => {}), Promise.resolve({ a: [1, { b: {} }] }));
console.log(Promise.reject(3).catch(() => {}) instanceof Promise, [Promise.resolve('s')]);)JS") ==
        R"OUT(Promise { 1 } Promise { <pending> } Promise { { a: [ 1, [Object] ] } }
true [ Promise { 's' } ]
)OUT");
}

TEST_CASE("inspect: util.inspect options") {
  CHECK(console_output(R"JS(const o = { a: { b: { c: { d: { e: 1 } } } }, list: [3, 1, 2], s: 'text' };
console.log(util.inspect(o, { depth: 0 }));
console.log(util.inspect(o, { depth: null }));
console.log(util.inspect(o, { depth: Infinity, breakLength: Infinity }));
console.log(util.inspect(o, { compact: false }));
console.log(util.inspect(o, { compact: true }));
console.log(util.inspect(o, { compact: 1 }));
console.log(util.inspect(o, { sorted: true, breakLength: 40 }));
console.log(util.inspect('str'), util.inspect([1, 2, 3], { maxArrayLength: 1 }), util.inspect('abcdef', { maxStringLength: 2 }));
console.log(util.inspect(o, false, 0), util.inspect(o, false, null));)JS") ==
        R"OUT({ a: [Object], list: [Array], s: 'text' }
{
  a: {
    b: { c: { d: { e: 1 } } }
  },
  list: [ 3, 1, 2 ],
  s: 'text'
}
{
  a: {
    b: { c: { d: { e: 1 } } }
  },
  list: [ 3, 1, 2 ],
  s: 'text'
}
{
  a: {
    b: {
      c: [Object]
    }
  },
  list: [
    3,
    1,
    2
  ],
  s: 'text'
}
{ a: { b: { c: [Object] } }, list: [ 3, 1, 2 ], s: 'text' }
{
  a: {
    b: { c: [Object] }
  },
  list: [ 3, 1, 2 ],
  s: 'text'
}
{
  a: { b: { c: [Object] } },
  list: [ 3, 1, 2 ],
  s: 'text'
}
'str' [ 1, ... 2 more items ] 'ab'... 4 more characters
{ a: [Object], list: [Array], s: 'text' } {
  a: {
    b: { c: { d: { e: 1 } } }
  },
  list: [ 3, 1, 2 ],
  s: 'text'
}
)OUT");
}

TEST_CASE("inspect: util.inspect calls getters when asked") {
  CHECK(
      console_output(
          R"JS(const g = { get a() { return 1; }, get b() { return { x: 1 }; }, get c() { throw new Error('boom'); }, set d(v) {}, get e() { return 'str'; }, get n() { return null; } };
console.log(util.inspect(g, { getters: true }));
console.log(util.inspect(g, { getters: 'set' }));)JS") ==
      R"OUT({
  a: [Getter: 1],
  b: [Getter] { x: 1 },
  c: [Getter: <Inspection threw (boom)>],
  d: [Setter],
  e: [Getter: 'str'],
  n: [Getter: null]
}
{
  a: [Getter],
  b: [Getter],
  c: [Getter],
  d: [Setter],
  e: [Getter],
  n: [Getter]
}
)OUT");
}

TEST_CASE("inspect: util.inspect with numeric separators") {
  CHECK(
      console_output(
          R"JS(console.log(util.inspect(1234567.891, { numericSeparator: true }), util.inspect([1000000, -12345.6789, 0.0001234, 1e21, 123], { numericSeparator: true }));)JS") ==
      R"OUT(1_234_567.891 [ 1_000_000, -12_345.678_9, 0.000_123_4, 1e+21, 123 ]
)OUT");
}

TEST_CASE("inspect: util.inspect with showHidden") {
  CHECK(console_output(R"JS(console.log(util.inspect([1, 2], { showHidden: true }));
const o = { v: 1 }; Object.defineProperty(o, 'hidden', { value: 2 }); o[Symbol('s')] = 3;
console.log(util.inspect(o, { showHidden: true }));
class P { constructor() { this.own = 1; } get computed() { return 2; } }
console.log(util.inspect(new P(), { showHidden: true }));)JS") ==
        R"OUT([ 1, 2, [length]: 2 ]
{ v: 1, [hidden]: 2, [Symbol(s)]: 3 }
P { own: 1, [computed]: [Getter] }
)OUT");
}

TEST_CASE("inspect: util.format") {
  CHECK(
      console_output(
          R"JS(console.log(util.format('%s=%d', 'x', 5, 'rest'), util.format(1, 2), util.format('%o', [1]));)JS") ==
      R"OUT(x=5 rest 1 2 [ 1, [length]: 1 ]
)OUT");
}

TEST_CASE("inspect: custom inspectors receive options and the inspect function") {
  CHECK(console_output(R"JS(const custom = Symbol.for('nodejs.util.inspect.custom');
console.log(util.inspect.custom === custom);
class Money { constructor(v) { this.v = v; } [custom](depth, options, inspect) { return 'Money<' + inspect(this.v, options) + '> depth ' + depth + ' ' + options.breakLength; } }
console.log(new Money(5), [new Money('x')], { nested: { m: new Money([1]) } });
console.log(util.inspect(new Money(1), { depth: 5 }));)JS") ==
        R"OUT(true
Money<5> depth 2 80 [ Money<'x'> depth 1 80 ] { nested: { m: Money<[ 1 ]> depth 0 80 } }
Money<1> depth 5 80
)OUT");
}

TEST_CASE("inspect: huge sparse arrays print their gaps without walking them") {
  CHECK(console_output(R"JS(const a = []; a[1e9] = 1; a[5] = 2; console.log(a);
console.log(new Array(4294967295));
const c = []; c[4294967294] = 'last'; console.log(c);)JS") ==
        R"OUT([ <5 empty items>, 2, <999999994 empty items>, 1 ]
[ <4294967295 empty items> ]
[ <4294967294 empty items>, 'last' ]
)OUT");
}

TEST_CASE("inspect: null-prototype object named after the function that made it") {
  Values t;
  // function Foo() { this.x = 1 }  const o = new Foo(); Object.setPrototypeOf(o, null)
  // (the VM records new.target as the object's creator; here it is set from C++)
  Object* foo = t.vm.new_native_constructor("Foo", 0, Values::no_op, t.vm.new_object());
  Object* o = t.object({{"x", Value(1)}});
  o->set_creator(foo);
  o->set_prototype(nullptr);
  // the same with an anonymous function: V8 falls back to "Object"
  Object* anonymous = t.vm.new_native_constructor("", 0, Values::no_op, t.vm.new_object());
  Object* b = t.object({{"x", Value(1)}});
  b->set_creator(anonymous);
  b->set_prototype(nullptr);
  CHECK(t.text(Value(o)) == "[Foo: null prototype] { x: 1 }");
  CHECK(t.text(Value(b)) == "[Object: null prototype] { x: 1 }");
}
