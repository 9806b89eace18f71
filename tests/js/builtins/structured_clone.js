// structuredClone: what is copied (cycles, shared references, Date, Map, Set, errors, buffers)
// and what throws DataCloneError.
const t = (f) => { try { console.log(f()); } catch (e) { console.log(e.name, e.code, e.message); } };
t(() => structuredClone(() => 1));
t(() => structuredClone(Symbol('x')));
t(() => structuredClone({ a: function foo() {} }));
t(() => structuredClone());
t(() => structuredClone(undefined));
t(() => structuredClone(new WeakMap()));
t(() => structuredClone(Promise.resolve()));
const o = { a: 1, d: new Date(0), m: new Map([[1, { x: 2 }]]), s: new Set([1]), t: new Uint8Array([1, 2]), arr: [1, , 3] };
o.self = o;
o.again = o.m;
const c = structuredClone(o);
console.log(c, c.self === c, c.again === c.m, c !== o, c.m !== o.m, c.d !== o.d);
class K { constructor() { this.v = 1; } get g() { return 2; } }
console.log(structuredClone(new K()), structuredClone(new Number(3)), structuredClone(Object.create({ z: 1 }, { y: { value: 2, enumerable: true } })));
const buf = new ArrayBuffer(4);
const r = structuredClone({ v1: new Uint8Array(buf), v2: new Uint16Array(buf, 2) });
console.log(r, r.v1.buffer === r.v2.buffer, r.v1.buffer !== buf);
const e2 = new Error('m');
e2.name = 'TypeError';
e2.extra = 1;
const ce = structuredClone(e2);
console.log(ce.name, ce.message, ce.extra, Object.keys(ce), ce instanceof TypeError, structuredClone(new RangeError('r')) instanceof RangeError);
console.log(structuredClone(new Error('x', { cause: { deep: [1] } })).cause);
console.log(structuredClone([1, 'a', null, undefined, true, -0, NaN]));
t(() => structuredClone({ get a() { throw new Error('getter'); } }));
console.log(structuredClone({ get a() { return 5; } }));
const de = new DOMException('msg', 'DataCloneError');
console.log(de.name, de.code, de.message, String(de), Object.keys(de), de instanceof Error);
console.log(new DOMException().name, new DOMException('x', { name: 'AbortError' }).code, DOMException.DATA_CLONE_ERR);
