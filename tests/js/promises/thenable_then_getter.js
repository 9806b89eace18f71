// Resolving with a thenable reads its `then` synchronously, but calls it in a later job.
const log = [];
const thenable = {
  get then() {
    console.log('then getter read');
    return (resolve) => { console.log('then called'); resolve('from thenable'); };
  },
};
console.log('before resolve');
const p = Promise.resolve(thenable);
console.log('after Promise.resolve');
p.then((v) => console.log('settled with', v));
const q = new Promise((resolve) => { resolve(thenable); console.log('after resolve() in executor'); });
q.then((v) => console.log('second settled with', v));
const throwingGetter = { get then() { throw new Error('getter threw'); } };
Promise.resolve(throwingGetter).catch((e) => console.log('rejected because', e.message));
const notCallable = { then: 'not a function' };
Promise.resolve(notCallable).then((v) => console.log('non-callable then is a plain value:', v.then));
console.log('sync end');
