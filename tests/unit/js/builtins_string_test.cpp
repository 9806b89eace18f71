// String, String.prototype and the URI functions: JavaScript snippets run through the engine, compared with
// what node v20 prints for them (print(...) = console.log of the String of each argument). The expected texts
// were produced by running each snippet in node, not written by hand. localeCompare is an approximation of
// ICU's root collation (see string.cpp): these cases agree with node.
#include "doctest/doctest.h"
#include "js_harness.h"

using looplab::js::testing::run;

TEST_CASE("builtins string: constructor and conversion") {
  CHECK(
      run(R"JS(print(String(123), String(null), String(undefined), String(Symbol('x')), String([1, [2]]), String({}), new String('ab').length, typeof new String('a'));
print(String.fromCharCode(72, 105, 65536 + 33), String.fromCodePoint(0x1F600).length, String.fromCodePoint(97, 98));
try { String.fromCodePoint(-1); } catch (e) { print(e.name + ': ' + e.message); }
try { String.fromCodePoint(1.5); } catch (e) { print(e.name + ': ' + e.message); }
try { `${Symbol()}`; } catch (e) { print(e.name + ': ' + e.message); }
)JS") == R"OUT(123 null undefined Symbol(x) 1,2 [object Object] 2 object
Hi! 2 ab
RangeError: Invalid code point -1
RangeError: Invalid code point 1.5
TypeError: Cannot convert a Symbol value to a string
)OUT");
}

TEST_CASE("builtins string: raw") {
  CHECK(run(R"JS(print(String.raw`a\n${1 + 1}b\t`, String.raw({ raw: ['x', 'y', 'z'] }, 1, 2, 3));
)JS") == R"OUT(a\n2b\t x1y2z
)OUT");
}

TEST_CASE("builtins string: character access") {
  CHECK(run(R"JS(const s = 'h\u00e9llo\ud83d\ude00';
print(s.length, s.at(0), s.at(-1) === '\ude00', s.charAt(1), s.charAt(99) === '', s.charCodeAt(1), s.charCodeAt(99), s.codePointAt(5), s.codePointAt(6), s.codePointAt(99));
print([...'a\ud83d\ude00b'].length, 'abc'[1], 'abc'[5]);
)JS") == R"OUT(7 h true é true 233 NaN 128512 56832 undefined
3 b undefined
)OUT");
}

TEST_CASE("builtins string: searching") {
  CHECK(run(R"JS(const s = 'abcabc';
print(s.indexOf('c'), s.indexOf('c', 3), s.indexOf(''), s.indexOf('', 10), s.lastIndexOf('c'), s.lastIndexOf('c', 4), s.lastIndexOf('x'), s.lastIndexOf('a', -5));
print(s.includes('ca'), s.includes('ca', 3), s.startsWith('bc', 1), s.startsWith('a', -1), s.endsWith('ab', 5), s.endsWith('c'), s.endsWith('', 0));
)JS") == R"OUT(2 5 0 6 5 2 -1 0
true false true true true true true
)OUT");
}

TEST_CASE("builtins string: substrings") {
  CHECK(run(R"JS(const s = 'abcdef';
print(s.slice(1, 3), s.slice(-2), s.slice(4, 1) === '', s.substring(4, 1), s.substring(-2, 2), s.substr(-3, 2), s.substr(2), s.substr(1, -1) === '');
)JS") == R"OUT(bc ef true bcd ab de cdef true
)OUT");
}

TEST_CASE("builtins string: case mapping") {
  CHECK(
      run(R"JS(print('Hello World'.toUpperCase(), 'ÀÉÎ ŒĄ'.toLowerCase(), 'straße'.toUpperCase(), 'ÿ'.toUpperCase(), 'Ωμέγα'.toUpperCase(), 'ПРИВЕТ'.toLowerCase());
)JS") == R"OUT(HELLO WORLD àéî œą STRASSE Ÿ ΩΜΈΓΑ привет
)OUT");
}

TEST_CASE("builtins string: trim and pad") {
  CHECK(
      run(R"JS(print('[' + '  a b \n\t'.trim() + ']', '[' + '  a '.trimStart() + ']', '[' + '  a '.trimEnd() + ']', '[' + '\u00a0\ufeffx\u2028'.trim() + ']');
print('5'.padStart(3, '0'), 'abc'.padStart(6, '12'), 'abc'.padEnd(5) + '|', 'abc'.padStart(2), 'x'.padEnd(4, ''), String.prototype.trimLeft === String.prototype.trimStart);
)JS") == R"OUT([a b] [a ] [  a] [x]
005 121abc abc  | abc x true
)OUT");
}

TEST_CASE("builtins string: repeat and concat") {
  CHECK(
      run(R"JS(print('ab'.repeat(3), 'x'.repeat(0) === '', ''.repeat(5) === '', 'a'.concat(1, null, [2, 3]));
try { 'a'.repeat(-1); } catch (e) { print(e.name + ': ' + e.message); }
try { 'a'.repeat(Infinity); } catch (e) { print(e.name + ': ' + e.message); }
)JS") == R"OUT(ababab true true a1null2,3
RangeError: Invalid count value: -1
RangeError: Invalid count value: Infinity
)OUT");
}

TEST_CASE("builtins string: split") {
  CHECK(
      run(R"JS(print(JSON.stringify('a,b,,c'.split(',')), JSON.stringify('a,b,c'.split(',', 2)), JSON.stringify('abc'.split('')), JSON.stringify('abc'.split()), JSON.stringify(''.split(',')), JSON.stringify(''.split('')));
print(JSON.stringify('a--b--'.split('--')), JSON.stringify('abc'.split('', 2)), JSON.stringify('abc'.split(undefined, 0)), JSON.stringify('aXbXc'.split('X', -1)));
)JS") == R"OUT(["a","b","","c"] ["a","b"] ["a","b","c"] ["abc"] [""] []
["a","b",""] ["a","b"] [] ["a","b","c"]
)OUT");
}

TEST_CASE("builtins string: replace and replaceAll with patterns") {
  CHECK(
      run(R"JS(print('aXbXc'.replace('X', '[$&|$`|$\'|$$|$1]'), 'aXbXc'.replaceAll('X', '_'), 'abc'.replaceAll('', '-'), 'aaa'.replace('', 'x'), 'none'.replace('z', 'y'));
print('aXbXc'.replaceAll('X', (m, p, s) => m.toLowerCase() + p + s.length), 'abc'.replace('b', () => '$&'));
)JS") == R"OUT(a[X|a|bXc|$|$1]bXc a_b_c -a-b-c- xaaa none
ax15bx35c a$&c
)OUT");
}

TEST_CASE("builtins string: localeCompare and normalize") {
  CHECK(
      run(R"JS(print('a'.localeCompare('b'), 'b'.localeCompare('a'), 'a'.localeCompare('a'), 'a'.localeCompare('A'), 'résumé'.localeCompare('resume'), 'a'.localeCompare('B'));
print(['b', 'a', 'B', 'A', '_', '1', 'é', 'e', 'f', 'Z', 'ab', 'a b'].sort((x, y) => x.localeCompare(y)).join(' '));
print('abc'.normalize(), 'abc'.normalize('NFD'));
try { 'x'.normalize('bad'); } catch (e) { print(e.name + ': ' + e.message); }
)JS") == R"OUT(-1 1 0 -1 1 -1
_ 1 a A a b ab b B e é f Z
abc abc
RangeError: The normalization form should be one of NFC, NFD, NFKC, NFKD.
)OUT");
}

TEST_CASE("builtins string: this coercion and errors") {
  CHECK(
      run(R"JS(print(String.prototype.toUpperCase.call(true), String.prototype.slice.call(12345, 1, 3), 'x'.toString(), new String('y').valueOf());
try { String.prototype.trim.call(null); } catch (e) { print(e.name + ': ' + e.message); }
try { String.prototype.toString.call(1); } catch (e) { print(e.name + ': ' + e.message); }
)JS") == R"OUT(TRUE 23 x y
TypeError: String.prototype.trim called on null or undefined
TypeError: String.prototype.toString requires that 'this' be a String
)OUT");
}

TEST_CASE("builtins string: boxed string objects") {
  CHECK(run(R"JS(const s = new String('ab');
print(s.length, s[0], Object.keys(s), typeof s, s instanceof String, s + 'c', JSON.stringify(s));
)JS") == R"OUT(2 a 0,1 object true abc "ab"
)OUT");
}

TEST_CASE("builtins string: localeCompare orders punctuation as ICU") {
  CHECK(
      run(R"JS(const chars = [];
for (let c = 32; c < 127; c++) chars.push(String.fromCharCode(c));
print(JSON.stringify(chars.sort((a, b) => a.localeCompare(b)).join('')));
print(['a-b', 'ab', 'a b', 'a,b', 'a_b', 'A-B', 'a1', 'a'].sort((a, b) => a.localeCompare(b)).join(' '));
)JS") ==
      R"OUT(" _-,;:!?.'\"()[]{}@*/\\&#%`^+<=>|~$0123456789aAbBcCdDeEfFgGhHiIjJkKlLmMnNoOpPqQrRsStTuUvVwWxXyYzZ"
a a b a_b a-b A-B a,b a1 ab
)OUT");
}

TEST_CASE("builtins string: URI encoding and decoding") {
  CHECK(
      run(R"JS(print(encodeURIComponent('a b&c/d?é😀'), encodeURI('http://x.com/a b?q=1&r=é#h'), decodeURIComponent('a%20b%26%C3%A9'), decodeURI('%41%2F%20'));
print(encodeURIComponent("-_.!~*'()"), encodeURI(';,/?:@&=+$#'), decodeURIComponent('%e2%82%ac%F0%9F%98%80'), decodeURI('%23%3B%25'), decodeURIComponent('%23%3B'));
for (const bad of ['%', '%C3', '%C3%28', '%ZZ', '%ED%A0%80', '%C0%80']) {
  try { decodeURIComponent(bad); print('ok', bad); } catch (e) { print(e.name + ': ' + e.message); }
}
try { encodeURIComponent('\ud800'); } catch (e) { print(e.name + ': ' + e.message); }
)JS") == R"OUT(a%20b%26c%2Fd%3F%C3%A9%F0%9F%98%80 http://x.com/a%20b?q=1&r=%C3%A9#h a b&é A%2F 
-_.!~*'() ;,/?:@&=+$# €😀 %23%3B% #;
URIError: URI malformed
URIError: URI malformed
URIError: URI malformed
URIError: URI malformed
URIError: URI malformed
URIError: URI malformed
URIError: URI malformed
)OUT");
}
