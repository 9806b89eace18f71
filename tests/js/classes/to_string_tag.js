// Symbol.toStringTag and Object.prototype.toString on classes and built-ins.
class Plain {}
class Tagged { get [Symbol.toStringTag]() { return 'MyTag'; } }
console.log(Object.prototype.toString.call(new Plain()));
console.log(Object.prototype.toString.call(new Tagged()));
console.log(String(new Tagged()), `${new Plain()}`);
const values = [null, undefined, 1, 's', true, [], {}, () => {}, new Date(0), new Map(), new Set(), Symbol('x'), Promise.resolve(), new Error('e'), Math, JSON];
for (const v of values) console.log(Object.prototype.toString.call(v));
class Custom { toString() { return 'Custom!'; } }
console.log(String(new Custom()), new Custom() + '', `${new Custom()}`);
