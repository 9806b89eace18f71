exports.loaded = false;
const b = require('./cycle_b');
console.log('cycle_a sees cycle_b.loaded =', b.loaded);
exports.loaded = true;
