// Buffer: the module's other exports (isUtf8, isAscii, constants) and the encoding-specific slices.
const { isUtf8, isAscii, constants, INSPECT_MAX_BYTES, SlowBuffer } = require('buffer');
console.log(isUtf8(Buffer.from('héllo')), isUtf8(Buffer.from([0xff])), isUtf8(new Uint8Array([0xe2, 0x82]).buffer), isAscii(Buffer.from('abc')), isAscii(Buffer.from('é')));
try { isUtf8('x'); } catch (e) { console.log(e.name, e.code, e.message); }
console.log(constants.MAX_LENGTH, INSPECT_MAX_BYTES, typeof SlowBuffer);
const b = Buffer.from('xyz');
console.log(b.parent === b.buffer, b.hexSlice(0, 2), b.latin1Write('Q', 1), b, b.utf8Slice(1, 3));
