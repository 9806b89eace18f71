// Plain computation: loops, closures and arrays give the same results everywhere.
let sum = 0;
for (let i = 0; i < 100000; i++) sum += i % 7;
const squares = Array.from({ length: 10 }, (_, i) => i * i);
console.log(sum, squares.join(','), squares.reduce((a, b) => a + b, 0));
