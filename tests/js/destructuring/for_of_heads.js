// Destructuring in for-of and for-in heads.
const points = [{ x: 1, y: 2 }, { x: 3, y: 4 }];
for (const { x, y } of points) console.log('point', x, y);
for (const [key, value] of Object.entries({ a: 1, b: 2 })) console.log('entry', key, value);
for (const [k, v] of new Map([['m1', 'one'], ['m2', 'two']])) console.log('map', k, v);
for (const [i, ch] of [...'ab'].entries()) console.log('index', i, ch);
for (const { name = 'anon', tags: [first = 'none'] = [] } of [{ name: 'n', tags: ['t'] }, {}]) console.log(name, first);
let a, b;
for ([a, b] of [[1, 2], [3, 4]]) console.log('assign pattern', a, b);
const out = {};
for ({ k: out.last } of [{ k: 'first' }, { k: 'second' }]);
console.log(out);
for (const [x, ...rest] of [[1, 2, 3], [4]]) console.log(x, rest);
for (const [c] in { hello: 1, world: 2 }) console.log('first letter of key', c);
