// Objects inside Maps, Sets and arrays, and collections inside objects, at several depths.
const m = new Map([[{ id: 1 }, { name: 'one', tags: ['a'] }], ['plain', [1, { deep: { deeper: 1 } }]]]);
console.log(m);
const s = new Set([{ a: 1 }, [1, 2], new Map([['k', 'v']])]);
console.log(s);
console.log([new Map([['x', new Set([1])]]), { set: new Set(['a', 'b']) }]);
console.log({ level1: { map: new Map([['k', { v: 1 }]]) } });
const users = new Map([
  ['alice', { age: 30, roles: ['admin'] }],
  ['bob', { age: 25, roles: ['user', 'editor'] }],
  ['carol', { age: 35, roles: [] }],
]);
console.log(users);
