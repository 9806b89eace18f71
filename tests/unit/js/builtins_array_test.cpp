// Array and Array.prototype (native and prelude methods): JavaScript snippets run through the engine,
// compared with what node v20 prints for them (print(...) = console.log of the String of each argument). The
// expected texts were produced by running each snippet in node, not written by hand.
#include "doctest/doctest.h"
#include "js_harness.h"

using looplab::js::testing::run;

TEST_CASE("builtins array: constructor and length rules") {
  CHECK(
      run(R"JS(print(Array(3).length, Array(1, 2), Array('3'), new Array(0).length, Array.of(7).length, Array.of(1, 2));
try { new Array(-1); } catch (e) { print(e.name + ': ' + e.message); }
try { new Array(1.5); } catch (e) { print(e.name + ': ' + e.message); }
const a = [1, 2, 3];
a.length = 1;
print(a, a.length, [, ,].length);
try { [].length = -1; } catch (e) { print(e.name + ': ' + e.message); }
)JS") == R"OUT(3 1,2 3 0 1 1,2
RangeError: Invalid array length
RangeError: Invalid array length
1 1 2
RangeError: Invalid array length
)OUT");
}

TEST_CASE("builtins array: isArray and from") {
  CHECK(run(R"JS(print(Array.isArray([]), Array.isArray({ length: 0 }), Array.isArray(Array.prototype));
print(Array.from('abc'), Array.from({ length: 3 }, (_, i) => i * i), Array.from(new Set([1, 1, 2])), Array.from([1, 2], function (x) { return x * this.k; }, { k: 10 }));
print(Array.from({ length: 2, 0: 'a', 1: 'b' }), Array.from(5).length, Array.from.length);
try { Array.from(null); } catch (e) { print(e.name + ': ' + e.message); }
try { Array.from([1], 5); } catch (e) { print(e.name + ': ' + e.message); }
)JS") == R"OUT(true false true
a,b,c 0,1,4 1,2 10,20
a,b 0 1
TypeError: object null is not iterable (cannot read property Symbol(Symbol.iterator))
TypeError: 5 is not a function
)OUT");
}

TEST_CASE("builtins array: push pop shift unshift") {
  CHECK(run(R"JS(const a = [1, 2];
print(a.push(3, 4), a, a.pop(), a, a.shift(), a, a.unshift(0, 0.5), a);
print([].pop(), [].shift(), [,1].shift());
const like = { length: 2, 0: 'a', 1: 'b' };
Array.prototype.push.call(like, 'c');
print(like.length, like[2], Array.prototype.pop.call(like), like.length);
try { Object.freeze([1]).push(2); } catch (e) { print(e.name + ': ' + e.message); }
try { Object.freeze([1]).pop(); } catch (e) { print(e.name + ': ' + e.message); }
)JS") == R"OUT(4 0,0.5,2,3 4 0,0.5,2,3 1 0,0.5,2,3 4 0,0.5,2,3
undefined undefined undefined
3 c c 2
TypeError: Cannot add property 1, object is not extensible
TypeError: Cannot delete property '0' of [object Array]
)OUT");
}

TEST_CASE("builtins array: slice and splice") {
  CHECK(run(R"JS(const a = [1, 2, 3, 4, 5];
print(a.slice(1, 3), a.slice(-2), a.slice(3, 1), a.slice(), a.slice(-10, 2));
const b = [1, 2, 3, 4, 5];
print(b.splice(1, 2), b, b.splice(1, 0, 'x', 'y'), b, b.splice(-1), b, b.splice(1), b);
const c = [1, 2, 3];
print(c.splice(), c, c.splice(0, 1, 'a', 'b', 'c'), c);
)JS") == R"OUT(2,3 4,5  1,2,3,4,5 1,2
2,3 1  1 5 1 x,y,4 1
 a,b,c,2,3 1 a,b,c,2,3
)OUT");
}

TEST_CASE("builtins array: concat and join") {
  CHECK(
      run(R"JS(print([1].concat([2, [3]], 4, 'five').length, [1].concat([2, [3]], 4)[2], [1, [2, [3]]].join(';'));
print([1, null, undefined, 2].join('-'), [].join(), [1, 2].join(undefined), [1, 2].join(''), String([1, [2, 3]]));
const cyc = [1, 2];
cyc.push(cyc);
print(cyc.join(), String(cyc));
print(Array.prototype.join.call({ length: 3, 0: 'a', 2: 'c' }, '+'), [,'x'].toString());
)JS") == R"OUT(5 3 1;2,3
1---2  1,2 12 1,2,3
1,2, 1,2,
a++c ,x
)OUT");
}

TEST_CASE("builtins array: reverse fill copyWithin") {
  CHECK(
      run(R"JS(print([1, 2, 3].reverse(), [1, , 3, 4].reverse().length, [1, 2, 3, 4, 5].fill(0, 1, 3), new Array(3).fill('z'), [1, 2, 3].fill(9, -1));
print([1, 2, 3, 4, 5].copyWithin(0, 3), [1, 2, 3, 4, 5].copyWithin(1, 0, 3), [1, 2, 3, 4, 5].copyWithin(-2, 0));
)JS") == R"OUT(3,2,1 4 1,0,0,4,5 z,z,z 1,2,9
4,5,3,4,5 1,1,2,3,5 1,2,3,1,2
)OUT");
}

TEST_CASE("builtins array: searching") {
  CHECK(run(R"JS(const a = [1, 2, NaN, 2, undefined, , 0];
print(a.indexOf(2), a.lastIndexOf(2), a.indexOf(NaN), a.includes(NaN), a.indexOf(undefined), a.includes(undefined));
print(a.indexOf(2, 2), a.indexOf(2, -4), a.lastIndexOf(2, 2), a.lastIndexOf(2, -6), a.includes(-0), a.indexOf(-0));
print(a.find((x) => x > 1), a.findIndex((x) => x !== x), a.findLast((x) => x === 2), a.findLastIndex((x) => x === 1), a.at(-1), a.at(10));
)JS") == R"OUT(1 3 -1 true 4 true
3 3 1 1 true 6
2 2 2 0 0 undefined
)OUT");
}

TEST_CASE("builtins array: iteration callbacks skip holes") {
  CHECK(run(R"JS(const seen = [];
[1, , 3].forEach((x, i) => seen.push(i + ':' + x));
print(seen, [1, , 3].map((x) => x * 2).length, 1 in [1, , 3].map((x) => x * 2), [1, , 3].filter(() => true));
print([1, 2, 3].some((x) => x > 2), [].some(() => true), [1, 2, 3].every((x) => x > 0), [].every(() => false));
const grows = [1, 2];
grows.forEach((x) => { if (grows.length < 5) grows.push(x * 10); });
print(grows);
try { [].map(1); } catch (e) { print(e.name + ': ' + e.message); }
try { [].forEach({}); } catch (e) { print(e.name + ': ' + e.message); }
try { Array.prototype.map.call(null, (x) => x); } catch (e) { print(e.name + ': ' + e.message); }
)JS") == R"OUT(0:1,2:3 3 false 1,3
true false true true
1,2,10,20
TypeError: 1 is not a function
TypeError: #<Object> is not a function
TypeError: Array.prototype.map called on null or undefined
)OUT");
}

TEST_CASE("builtins array: reduce and reduceRight") {
  CHECK(
      run(R"JS(print([1, 2, 3].reduce((a, b) => a + b), [1, 2, 3].reduce((a, b) => a + b, 10), [[1], [2]].reduceRight((a, b) => a.concat(b)));
print([, 5, ,].reduce((a, b) => a + b), ['a', 'b', 'c'].reduce((acc, x, i, arr) => acc + x + i + arr.length, ''));
try { [].reduce((a, b) => a); } catch (e) { print(e.name + ': ' + e.message); }
try { [, ,].reduceRight((a, b) => a); } catch (e) { print(e.name + ': ' + e.message); }
)JS") == R"OUT(6 16 2,1
5 a03b13c23
TypeError: Reduce of empty array with no initial value
TypeError: Reduce of empty array with no initial value
)OUT");
}

TEST_CASE("builtins array: sort default and comparator") {
  CHECK(
      run(R"JS(print([3, 1, 10, 2].sort(), ['b', undefined, 'a', , 'c'].sort(), [5, 1, 4].sort((a, b) => b - a));
const people = [{ n: 'a', age: 30 }, { n: 'b', age: 25 }, { n: 'c', age: 30 }, { n: 'd', age: 25 }];
print(people.sort((x, y) => x.age - y.age).map((p) => p.n).join(''));
print([2, 10, 1].toSorted(), [true, false, 'a', 1].sort(), [-1, -2, 0, -0].sort((a, b) => a - b).map(String));
try { [].sort(1); } catch (e) { print(e.name + ': ' + e.message); }
const s = [3, 2, 1];
print(s.sort() === s, Array.prototype.sort.call({ length: 2, 0: 'b', 1: 'a' })[0]);
)JS") == R"OUT(1,10,2,3 a,b,c,, 5,4,1
bdac
1,10,2 1,a,false,true -2,-1,0,0
TypeError: The comparison function must be either a function or undefined
true a
)OUT");
}

TEST_CASE("builtins array: flat and flatMap") {
  CHECK(
      run(R"JS(print(JSON.stringify([1, [2, [3, [4]]]].flat()), JSON.stringify([1, [2, [3, [4]]]].flat(Infinity)), JSON.stringify([1, [2]].flat(0)), [1, , [2, , 3]].flat().length);
print(JSON.stringify([1, 2].flatMap((x) => [x, [x * 10]])), JSON.stringify(['a b', 'c'].flatMap((s) => s.split(' '))));
try { [1].flatMap(3); } catch (e) { print(e.name + ': ' + e.message); }
)JS") == R"OUT([1,2,[3,[4]]] [1,2,3,4] [1,[2]] 3
[1,[10],2,[20]] ["a","b","c"]
TypeError: flatMap mapper function is not callable
)OUT");
}

TEST_CASE("builtins array: change by copy methods") {
  CHECK(run(R"JS(const a = [3, 1, 2];
print(a.toSorted(), a.toReversed(), a.with(0, 9), a.toSpliced(1, 1, 'x', 'y'), a);
try { a.with(5, 1); } catch (e) { print(e.name + ': ' + e.message); }
)JS") == R"OUT(1,2,3 2,1,3 9,1,2 3,x,y,2 3,1,2
RangeError: Invalid index : 5
)OUT");
}

TEST_CASE("builtins array: iterators and keys") {
  CHECK(run(R"JS(const a = ['x', 'y'];
print([...a.keys()], [...a.entries()].join('|'), [...a.values()], a[Symbol.iterator] === a.values);
for (const [i, v] of a.entries()) print(i, v);
)JS") == R"OUT(0,1 0,x|1,y x,y true
0 x
1 y
)OUT");
}

TEST_CASE("builtins array: method lengths and names") {
  CHECK(
      run(R"JS(print([].map.length, [].reduce.length, [].push.length, [].slice.length, [].splice.length, [].indexOf.length, [].with.name, [].flatMap.name, Array.of.length);
)JS") == R"OUT(1 1 1 2 2 1 with flatMap 0
)OUT");
}

TEST_CASE("builtins array: subclasses keep their kind") {
  CHECK(run(R"JS(class Stack extends Array { peek() { return this[this.length - 1]; } }
const s = Stack.from([1, 2, 3]);
const m = s.map((x) => x * 10);
print(s instanceof Stack, m instanceof Stack, m.peek(), s.filter((x) => x > 1).peek(), s.slice(0, 1) instanceof Stack, Stack.of(7).peek());
)JS") == R"OUT(true true 30 3 true 7
)OUT");
}
