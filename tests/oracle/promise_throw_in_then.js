// A throw in a then callback rejects the derived promise; catch recovers the chain.
Promise.resolve(1)
  .then((v) => { throw new TypeError('bad ' + v); })
  .then(() => console.log('skipped'))
  .catch((e) => { console.log('caught', e.name, e.message); return 'recovered'; })
  .then((v) => console.log('then', v));
