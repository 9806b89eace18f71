// The promise forms of dns.lookup: dns.promises and util.promisify (which resolves with
// { address, family }, as node's lookup declares).
const dns = require('dns');
const util = require('util');
(async () => {
  console.log('promises', await dns.promises.lookup('localhost', { family: 4 }));
  console.log('promisify', await util.promisify(dns.lookup)('localhost', { family: 4 }));
  console.log('all', await dns.promises.lookup('localhost', { family: 4, all: true }));
  try {
    await dns.promises.lookup(42);
  } catch (error) {
    console.log(error.code, error.message);
  }
})();
