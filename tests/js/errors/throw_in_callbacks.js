// Errors thrown inside callbacks propagate out of array methods, getters and constructors.
function show(label, f) {
  try {
    f();
    console.log(label, 'no error');
  } catch (e) {
    console.log(label, e.name + ': ' + e.message);
  }
}
show('map', () => [1, 2, 3].map((x) => { if (x === 2) throw new Error('bad element ' + x); return x; }));
show('sort', () => [3, 1, 2].sort(() => { throw new RangeError('compare failed'); }));
show('getter', () => ({ get g() { throw new TypeError('getter threw'); } }).g);
show('toString', () => String({ toString() { throw new Error('toString threw'); } }));
show('valueOf', () => +{ valueOf() { throw new Error('valueOf threw'); } });
show('constructor', () => new (class { constructor() { throw new Error('ctor threw'); } })());
show('JSON toJSON', () => JSON.stringify({ toJSON() { throw new Error('toJSON threw'); } }));
show('JSON reviver', () => JSON.parse('[1]', () => { throw new Error('reviver threw'); }));
show('forEach partial', () => {
  const seen = [];
  try {
    [1, 2, 3].forEach((x) => { seen.push(x); if (x === 2) throw new Error('stop'); });
  } finally {
    console.log('forEach saw', seen);
  }
});
show('Map forEach', () => new Map([[1, 1]]).forEach(() => { throw new Error('in map forEach'); }));
show('iterator next', () => [...{ [Symbol.iterator]: () => ({ next() { throw new Error('next threw'); } }) }]);
