// console.assert prints to stderr only when the assertion fails.
console.assert(true, 'not printed');
console.assert(1 === 2, 'one is not two:', 1, 2);
console.assert(false);
console.log('after asserts');
