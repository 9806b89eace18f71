// console.log of an Error prints its stack; an error inside an object is shown inline.
const e = new RangeError('out of range');
console.log(String(e));
console.error(e.message);
console.log({ error: e.message, name: e.name });
