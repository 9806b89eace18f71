// JSON.stringify with indentation: 2, '\t', strings and numbers as the space argument.
const data = { name: 'looplab', tags: ['a', 'b'], nested: { empty: {}, list: [], deep: { x: [1, { y: 2 }] } }, n: null };
console.log(JSON.stringify(data, null, 2));
console.log(JSON.stringify(data, null, '\t'));
console.log(JSON.stringify([1, [2, 3]], null, 1));
console.log(JSON.stringify({ a: 1 }, null, '--'));
console.log(JSON.stringify({ a: [1] }, null, 20) === JSON.stringify({ a: [1] }, null, 10));
console.log(JSON.stringify({ a: 1 }, null, 0), JSON.stringify({ a: 1 }, null, ''), JSON.stringify({ a: 1 }, null, -5));
console.log(JSON.stringify({ a: 1 }, null, 'abcdefghijklmnop'));
console.log(JSON.stringify([], null, 2), JSON.stringify({}, null, 2), JSON.stringify([{}], null, 2));
