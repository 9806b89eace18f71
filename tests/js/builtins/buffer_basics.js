// Buffer: from / alloc / concat, encodings, slices sharing memory, read/write, compare, inspect.
const b = Buffer.from('hello');
console.log(b, b.length, b.toString(), b.toString('hex'), b.toString('base64'), b instanceof Uint8Array, Buffer.isBuffer(b));
console.log(Buffer.from('aGVsbG8', 'base64'), Buffer.from('68656c6c6f', 'hex').toString(), Buffer.from([1, 2, 300]));
console.log(Buffer.alloc(3), Buffer.alloc(5, 'ab'), Buffer.alloc(60, 1));
console.log(Buffer.concat([Buffer.from('a'), Buffer.from('bc')]), Buffer.byteLength('héllo'), Buffer.compare(Buffer.from('a'), Buffer.from('b')));
console.log(b.slice(1, 3), b.subarray(-2), b.toJSON(), JSON.stringify(b));
const s = b.subarray(0, 2); s[0] = 72; console.log(b.toString());
console.log(b.readUInt8(0), b.readUInt32LE(0), b.readUInt32BE(1), b.readInt16BE(0));
const w = Buffer.alloc(8); w.writeUInt32BE(0xdeadbeef, 0); w.writeInt16LE(-2, 4); console.log(w);
w.writeDoubleLE(1.5); console.log(w, w.readDoubleLE(0));
console.log(b.equals(Buffer.from('Hello')), b.indexOf('l'), b.lastIndexOf('l'), b.includes('ell'));
console.log(Buffer.from('€uro', 'latin1'), Buffer.from('hi', 'utf16le'), Buffer.from('hé').toString('ascii'), Buffer.from('hé').toString('latin1'));
console.log(b.map((x) => x + 1), Buffer.from(new Uint16Array([258, 3])), Buffer.from(new Uint8Array([7, 8]).buffer));
console.log(Buffer.from('a+/b', 'base64').toString('base64url'), Buffer.from('YQ', 'base64url'));
const x = Buffer.alloc(4); x.write('héllo', 1); console.log(x, x.write('zz', 'hex'));
const e = Buffer.from('ab'); e.foo = 1; console.log(e, Buffer.alloc(0));
console.log(require('buffer').kMaxLength, typeof require('buffer').Buffer, Buffer.poolSize);
console.log([b], { b });
