// Typed arrays: construction, indexing, inspect, iteration, the common methods and shared buffers.
const a = new Uint8Array([1, 2, 3]);
console.log(a, a.length, a[1], a[5], a.byteLength);
console.log(new ArrayBuffer(3), a.buffer);
const f = new Float64Array(4); f[0] = 1.5; f[3] = -0;
console.log(f, new Int16Array(200));
console.log([...a], Array.from(a), Object.keys(a), JSON.stringify(a));
console.log(a.map(x => x * 100), a.filter(x => x > 1), a.reduce((s, x) => s + x, 0));
console.log(new Uint8Array(30));
class X extends Uint8Array {}
console.log(new X(2), new X(2) instanceof Uint8Array, Object.prototype.toString.call(a));
console.log(a.subarray(1), a.slice(1), a.join('-'), String(a), a.indexOf(2), a.includes(3));
console.log(Uint8Array.from([1,2,3], x => x*2), Uint8Array.of(1,2,300), new Uint8Array(new Uint16Array([258, 3])));
console.log(new Float32Array([3,1,2]).sort(), new Int8Array([3,-1,2]).sort((a,b)=>b-a));
const s = a.subarray(1); s[0] = 99; console.log(a);
for (const [i, v] of a.entries()) console.log(i, v);
console.log(new Uint8Array(new ArrayBuffer(8), 2, 3));
