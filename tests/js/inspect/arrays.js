// Arrays: empty, holes, more than 6 numbers (grouped in columns), and more than 100 items.
console.log([], [[]], [[], []], [1], [1, 2, 3]);
console.log([1, , 3], [, , 1], [1, , , , 5], new Array(5), [, 'a', , 'b', , ]);
console.log([1, 2, 3, 4, 5, 6]);
console.log([1, 2, 3, 4, 5, 6, 7]);
console.log(Array.from({ length: 26 }, (_, i) => i));
console.log(Array.from({ length: 30 }, (_, i) => i * 1000));
console.log(Array.from({ length: 10 }, (_, i) => 'item' + i));
console.log(Array.from({ length: 101 }, (_, i) => i));
console.log(Array.from({ length: 150 }, (_, i) => (i % 2 ? 'odd' : 'even')));
console.log([1.5, -2.25, 100, -0, 7, 8, 9, 10]);
console.log([true, false, true, false, true, false, true]);
console.log([null, undefined, null, undefined, null, undefined, null]);
