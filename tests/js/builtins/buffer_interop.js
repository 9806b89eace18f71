// Buffer: copies versus views, iteration, species (filter returns a Buffer), JSON round trip.
const b = Buffer.from('héllo');
const c = Buffer.from(b); c[0] = 0;
console.log(b, c, `${b}`, b + '', [...b].length, b.toString('utf8', 1), Buffer.from('\ud800'));
for (const x of Buffer.from('ab')) console.log(x);
console.log(b.constructor === Buffer, Object.getPrototypeOf(Buffer) === Uint8Array, Buffer.name, typeof Buffer.from);
console.log(b.filter((x) => x > 108), b.reverse(), Buffer.from('abc').readUint8(1));
console.log(structuredClone(Buffer.from('xy')), Buffer.from('xy').buffer.byteLength >= 2);
const big = Buffer.alloc(51); console.log(big);
console.log(new TextDecoder().decode(Buffer.from('héllo wörld')), Buffer.from(new TextEncoder().encode('ok')));
console.log(Buffer.concat([Buffer.from('a'), new Uint8Array([98])], 5), Buffer.concat([]));
console.log(Buffer.from('hello').toString('base64url'), Buffer.from('hello', 'utf16le').toString('ucs2'));
console.log(JSON.stringify({ data: Buffer.from([1, 2]) }), Buffer.from(JSON.parse(JSON.stringify(Buffer.from('hi')))));
