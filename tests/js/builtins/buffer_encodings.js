// Buffer: every encoding both ways, partial characters, invalid UTF-8, ranges of toString.
const text = 'Grüße, 世界! 😀';
for (const enc of ['utf8', 'utf-8', 'hex', 'base64', 'base64url', 'latin1', 'binary', 'ascii', 'utf16le', 'ucs2', 'UTF8', 'Hex']) {
  const b = Buffer.from(text, enc);
  console.log(enc, b.length, b.toString(enc), Buffer.byteLength(text, enc), Buffer.isEncoding(enc));
}
const u = Buffer.from(text);
console.log(u.toString('utf8', 0, 4), u.toString('utf8', 3, 5), u.toString('hex', 2, 6), u.toString('base64', 1), u.toString(undefined, -5, 100));
console.log(Buffer.from([0xff, 0xfe, 0x41, 0xe2, 0x82]).toString(), Buffer.from([0xc3]).toString() === '\ufffd');
console.log(Buffer.from('zz12 34', 'hex'), Buffer.from('YW Jj\nZA==', 'base64').toString(), Buffer.from('abc', 'ascii'));
const small = Buffer.alloc(5);
console.log(small.write('€€'), small, small.write('abcdef', 2, 'latin1'), small);
console.log(Buffer.alloc(4, 'é'), Buffer.alloc(6, Buffer.from([1, 2, 3, 4])), Buffer.alloc(3, 257));
console.log(Buffer.from('hello').fill('xy', 1, 4), Buffer.isEncoding('nope'), Buffer.isEncoding(''));
const src = Buffer.from('abcdef');
const dst = Buffer.alloc(4);
console.log(src.copy(dst, 1, 2), dst, src.copy(src, 0, 3), src);
console.log(Buffer.from('abc').compare(Buffer.from('abd')), Buffer.from('b').compare(Buffer.from('a')), Buffer.from('abc').compare(Buffer.from('zbcz'), 1, 3, 1, 3));
console.log(Buffer.from('a-b-c').indexOf('-', 2), Buffer.from('abc').indexOf(99), Buffer.from('abcabc').lastIndexOf(Buffer.from('bc')), Buffer.from('abc').indexOf('x'));
const f = Buffer.alloc(8);
f.writeFloatBE(3.25, 0);
f.writeInt32LE(-5, 4);
console.log(f, f.readFloatBE(0), f.readInt32LE(4), f.readUint16LE(4), f.readInt8(4));
console.log(atob(Buffer.from('hi there').toString('base64')), require('buffer').atob === atob);
