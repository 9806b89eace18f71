// ArrayBuffer: byteLength, slice, views sharing memory, inspect of buffers and long arrays.
const buf = new ArrayBuffer(8);
const bytes = new Uint8Array(buf);
const words = new Uint32Array(buf, 4, 1);
words[0] = 0xdeadbeef;
console.log(buf, buf.byteLength, words.byteOffset, words.byteLength, words.buffer === buf);
console.log(bytes, buf.slice(4), buf.slice(-2, 8).byteLength, new Uint8Array(buf.slice(5, 6)));
console.log(Object.prototype.toString.call(buf), ArrayBuffer.isView(words), buf instanceof ArrayBuffer);
console.log(new ArrayBuffer(0), new Uint8Array(0), new Float32Array([1.5, -2.25]));
console.log(new ArrayBuffer(60));
console.log(new Uint8Array(120).fill(255));
console.log({ nested: { deep: new Uint16Array([1, 2]) } }, [new Int8Array([-1])]);
const big = new Float64Array(8).map((_, i) => i / 3);
console.log(big);
