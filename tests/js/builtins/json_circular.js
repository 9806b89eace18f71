// JSON.stringify of circular structures: the TypeError message, and toJSON on nested values.
const a = { name: 'a' };
a.self = a;
try {
  JSON.stringify(a);
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
const parent = { name: 'parent', child: { name: 'child' } };
parent.child.parent = parent;
try {
  JSON.stringify(parent);
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
const arr = [1];
arr.push({ back: arr });
try {
  JSON.stringify(arr);
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
const shared = { s: 1 };
console.log(JSON.stringify({ x: shared, y: shared }));
const seen = new WeakSet();
console.log(JSON.stringify(parent, (k, v) => {
  if (typeof v === 'object' && v !== null) {
    if (seen.has(v)) return '[circular]';
    seen.add(v);
  }
  return v;
}));
class Money {
  constructor(cents) { this.cents = cents; }
  toJSON() { return `$${(this.cents / 100).toFixed(2)}`; }
}
console.log(JSON.stringify({ price: new Money(1999), list: [new Money(5)] }));
