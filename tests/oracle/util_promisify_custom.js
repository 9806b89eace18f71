// A function's [util.promisify.custom] is what promisify returns; promisify of a promisified
// function returns it unchanged.
const util = require('util');
function legacy(callback) {
  callback(null, 'from callback');
}
legacy[util.promisify.custom] = () => Promise.resolve('from custom');
const p = util.promisify(legacy);
console.log(p === legacy[util.promisify.custom], util.promisify(p) === p);
p().then((v) => console.log(v));
console.log(util.promisify.custom === Symbol.for('nodejs.util.promisify.custom'));
function plain(cb) {
  cb(null, 'plain');
}
const q = util.promisify(plain);
console.log(util.promisify(q) === q, q[util.promisify.custom] === q);
q().then((v) => console.log(v));
