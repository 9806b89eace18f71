// Typed arrays, ArrayBuffer, TextEncoder/TextDecoder, atob/btoa and structuredClone through the
// engine with util.format as console.log. Every expected text is what node v20 printed for the
// same snippet (with `const util = require('util')` first); none was written by hand.
#include "doctest/doctest.h"
#include "inspect_harness.h"

using looplab::js::testing::console_output;

TEST_CASE("typed array: typed arrays wrap, clamp and round elements on store") {
  CHECK(
      console_output(
          R"JS(console.log(new Uint8Array([256, -1, 1.9]).join(), new Int8Array([200]).join(), new Uint8ClampedArray([2.5, 3.5, -1, 999]).join(), new Float32Array([0.1])[0]);
)JS") == R"OUT(0,255,1 -56 2,4,0,255 0.10000000149011612
)OUT");
}

TEST_CASE("typed array: typed array indices out of range read undefined and ignore writes") {
  CHECK(console_output(R"JS(const a = new Uint16Array(2); a[2] = 5; a[-1] = 5; a[1.5] = 5; a[0] = '7';
console.log(a[2], a[-1], a[1.5], a[0], Object.keys(a).join(), 2 in a, '1.5' in a);
)JS") == R"OUT(undefined undefined undefined 7 0,1 false false
)OUT");
}

TEST_CASE("typed array: views over one ArrayBuffer share their bytes") {
  CHECK(console_output(
            R"JS(const b = new ArrayBuffer(4); const u8 = new Uint8Array(b); const u32 = new Uint32Array(b);
u32[0] = 0x01020304; console.log(u8.join(), u8.buffer === b, new Uint8Array(b, 1, 2).join(), b.slice(2).byteLength);
)JS") == R"OUT(4,3,2,1 true 3,2 2
)OUT");
}

TEST_CASE("typed array: util.inspect prints typed arrays and ArrayBuffer as node does") {
  CHECK(
      console_output(R"JS(console.log(new Uint8Array([1, 2, 3]), new Float64Array(0), new ArrayBuffer(2));
console.log(util.inspect(new Int32Array(120)).split('\n').length, util.inspect(new Uint8Array(2), { showHidden: true }));
)JS") ==
      R"OUT(Uint8Array(3) [ 1, 2, 3 ] Float64Array(0) [] ArrayBuffer { [Uint8Contents]: <00 00>, byteLength: 2 }
12 Uint8Array(2) [
  0,
  0,
  [BYTES_PER_ELEMENT]: 1,
  [length]: 2,
  [byteLength]: 2,
  [byteOffset]: 0,
  [buffer]: ArrayBuffer { byteLength: 2 }
]
)OUT");
}

TEST_CASE("typed array: typed array constructors check their arguments") {
  CHECK(
      console_output(
          R"JS(for (const f of [() => Uint8Array(1), () => new Int16Array(new ArrayBuffer(3)), () => new Float64Array(-2), () => new Uint32Array(new ArrayBuffer(8), 3)]) {
  try { f(); } catch (e) { console.log(e.name + ': ' + e.message); }
}
)JS") == R"OUT(TypeError: Constructor Uint8Array requires 'new'
RangeError: byte length of Int16Array should be a multiple of 2
RangeError: Invalid typed array length: -2
RangeError: start offset of Uint32Array should be a multiple of 4
)OUT");
}

TEST_CASE("typed array: set subarray slice and sort on typed arrays") {
  CHECK(
      console_output(
          R"JS(const a = new Int8Array([5, -1, 3, 0]); const s = a.subarray(1, 3); s[0] = 9; a.set([7, 7], 2);
console.log(a.join(), s.join(), a.slice(-2).join(), a.sort().join(), new Float64Array([NaN, 1, -0, 0]).sort().join());
)JS") == R"OUT(5,9,7,7 9,7 7,7 5,7,7,9 0,0,1,NaN
)OUT");
}

TEST_CASE("typed array: callback methods and from and of on typed arrays") {
  CHECK(console_output(R"JS(const a = Uint8Array.from([1, 2, 3], (x) => x * 10);
console.log(a.map((x) => x + 1).join(), a.filter((x) => x > 10).join(), a.reduce((s, x) => s + x), Int16Array.of(1, -2).join(), [...a.entries()].join(';'));
)JS") == R"OUT(11,21,31 20,30 60 1,-2 0,10;1,20;2,30
)OUT");
}

TEST_CASE("typed array: TextEncoder and TextDecoder round trip UTF-8") {
  CHECK(console_output(
            R"JS(const bytes = new TextEncoder().encode('hé€\ud83d\ude00'); const d = new TextDecoder();
console.log(bytes.join(), d.decode(bytes), d.decode(new Uint8Array([0xe2, 0x82]), { stream: true }) + d.decode(new Uint8Array([0xac])), d.decode(new Uint8Array([0xff, 0x41])));
)JS") == R"OUT(104,195,169,226,130,172,240,159,152,128 hé€😀 € �A
)OUT");
}

TEST_CASE("typed array: atob and btoa follow forgiving base64") {
  CHECK(console_output(R"JS(console.log(btoa('hello'), atob(' aGVs bG8= '));
for (const s of ['a', 'ab=c']) { try { atob(s); } catch (e) { console.log(e.name, e.code, e.message); } }
)JS") == R"OUT(aGVsbG8= hello
InvalidCharacterError 5 The string to be decoded is not correctly encoded.
InvalidCharacterError 5 Invalid character
)OUT");
}

TEST_CASE("typed array: structuredClone keeps cycles and shared references") {
  CHECK(
      console_output(
          R"JS(const o = { d: new Date(5), m: new Map([[1, [2]]]) }; o.self = o; o.again = o.m; const c = structuredClone(o);
console.log(c.self === c, c.again === c.m, c.m !== o.m, c.d.getTime(), c.m.get(1));
)JS") == R"OUT(true true true 5 [ 2 ]
)OUT");
}

TEST_CASE("typed array: structuredClone refuses functions and symbols with DataCloneError") {
  CHECK(
      console_output(
          R"JS(for (const v of [function f() {}, Symbol('s'), new WeakSet()]) { try { structuredClone(v); } catch (e) { console.log(e.name, e.code, e.message, e instanceof DOMException); } }
)JS") == R"OUT(DataCloneError 25 function f() {} could not be cloned. true
DataCloneError 25 Symbol(s) could not be cloned. true
DataCloneError 25 #<WeakSet> could not be cloned. true
)OUT");
}
