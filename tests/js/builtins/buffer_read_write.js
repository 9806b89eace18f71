// Buffer: variable-width integer reads and writes, byte swaps, and their range errors.
const t = (f) => { try { console.log(f()); } catch (e) { console.log(e.name, e.code, e.message); } };
const b = Buffer.from([1, 2, 3, 4, 5, 6, 0xff, 0x80]);
t(() => [b.readUIntLE(0, 3), b.readUIntBE(0, 6), b.readIntLE(6, 2), b.readIntBE(6, 2), b.readUIntBE(2, 1)]);
t(() => { const w = Buffer.alloc(6); w.writeUIntBE(0x123456, 0, 3); w.writeIntLE(-2, 3, 3); return w; });
t(() => Buffer.from([1, 2, 3, 4]).swap16());
t(() => Buffer.from([1, 2, 3, 4]).swap32());
t(() => Buffer.from([1, 2, 3, 4, 5, 6, 7, 8]).swap64());
t(() => Buffer.from([1, 2, 3]).swap16());
t(() => b.readUIntLE(0, 7));
t(() => b.readUIntLE(0));
t(() => Buffer.alloc(3).writeUIntLE(2 ** 24, 0, 3));
t(() => Buffer.alloc(3).writeIntBE(-(2 ** 23) - 1, 0, 3));
t(() => b.readUInt16LE(7));
t(() => b.readDoubleBE(1));
