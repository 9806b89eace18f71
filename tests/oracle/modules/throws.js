console.log('throws.js starts');
function fail() {
  throw new RangeError('thrown while loading throws.js');
}
fail();
