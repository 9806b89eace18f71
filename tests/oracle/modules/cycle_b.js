exports.loaded = false;
const a = require('./cycle_a');
console.log('cycle_b sees cycle_a.loaded =', a.loaded);
exports.loaded = true;
