// Indentation of broken lines in nested arrays and objects.
console.log({
  level1: {
    a: 'aaaaaaaaaaaaaaaaaaaa',
    b: 'bbbbbbbbbbbbbbbbbbbb',
    c: 'cccccccccccccccccccc',
    list: [{ x: 1, y: 'yyyyyyyyyyyyyyyyyyyy' }, { x: 2, y: 'zzzzzzzzzzzzzzzzzzzzzz' }],
  },
});
console.log([[1, 2, [3, 4, [5, 6, [7, 8]]]], { k: [{ k: [{ k: 'deep' }] }] }]);
console.log(Array.from({ length: 3 }, (_, i) => ({ id: i, label: 'label number ' + i, active: i % 2 === 0 })));
console.log(Array.from({ length: 5 }, (_, i) => Array.from({ length: 8 }, (_, j) => i * j)));
