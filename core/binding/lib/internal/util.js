'use strict';
// Symbols the library modules share: util.promisify resolves with an object of these names for
// functions whose callbacks pass several values (dns.lookup: address and family).
module.exports = {
  customPromisifyArgs: Symbol('customPromisifyArgs'),
};
