// Arrays of more than 6 mixed or long items: when node aligns them in columns and when not.
console.log([1, 'two', 3, 'four', 5, 'six', 7]);
console.log(['a', 'bb', 'ccc', 'dddd', 'eeeee', 'ffffff', 'ggggggg', 'hhhhhhhh']);
console.log([1, 22, 333, 4444, 55555, 666666, 7777777, 88888888, 999999999]);
console.log([-1, -22, 3, 44, -555, 6, 77]);
console.log([1.1, 2.22, 3.333, 4.4444, 5.55555, 6.666666, 7.7777777]);
console.log(['x', { a: 1 }, [2], null, undefined, true, 7]);
console.log(Array.from({ length: 16 }, (_, i) => 'word' + 'x'.repeat(i % 5)));
console.log(Array.from({ length: 7 }, (_, i) => 'a fairly long string ' + i));
console.log(Array.from({ length: 27 }, (_, i) => String.fromCharCode(97 + (i % 26))));
