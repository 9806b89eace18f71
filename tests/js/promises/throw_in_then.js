// Throwing in a then handler rejects the derived promise; the error is the thrown value.
Promise.resolve(1)
  .then((v) => {
    console.log('handler got', v);
    throw new TypeError('handler failed');
  })
  .then(() => console.log('never'))
  .catch((e) => console.log(e.name + ': ' + e.message));
Promise.resolve()
  .then(() => undefinedFunctionCall())
  .catch((e) => console.log(e.name + ': ' + e.message));
Promise.resolve()
  .then(() => null.prop)
  .catch((e) => console.log(e.name + ': ' + e.message));
Promise.resolve()
  .then(() => { throw { custom: 'object thrown' }; })
  .catch((e) => console.log('thrown object:', e));
const self = Promise.resolve().then(() => self);
self.catch((e) => console.log(e.name + ': ' + e.message));
