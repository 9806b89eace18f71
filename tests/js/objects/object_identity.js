// Objects are compared by reference; copies are shallow unless made deep.
const a = { x: 1 };
const b = { x: 1 };
const c = a;
console.log(a === b, a == b, a === c, Object.is(a, c));
c.x = 2;
console.log(a.x);
const shallow = { ...a, inner: { y: 1 } };
const copy = { ...shallow };
copy.inner.y = 'shared';
console.log(shallow.inner.y, copy.inner === shallow.inner);
const deep = JSON.parse(JSON.stringify(shallow));
deep.inner.y = 'separate';
console.log(shallow.inner.y, deep.inner.y);
const frozenCopy = Object.freeze({ ...shallow });
console.log(frozenCopy === shallow, frozenCopy.inner === shallow.inner);
function mutate(obj) { obj.changed = true; obj = { replaced: true }; return obj; }
const orig = {};
const result = mutate(orig);
console.log(orig, result);
console.log([1] === [1], [] == [], [1] == 1, [1, 2] == '1,2');
