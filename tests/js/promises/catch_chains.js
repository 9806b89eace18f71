// catch chains: recovery, skipping fulfilment handlers, rethrowing, then(onFulfilled, onRejected).
Promise.reject(new Error('E1'))
  .then(() => console.log('skipped'))
  .then(() => console.log('skipped too'))
  .catch((e) => { console.log('caught', e.message); return 'recovered'; })
  .then((v) => console.log('continues with', v));
Promise.reject(new Error('E2'))
  .catch((e) => { throw new Error('rethrown ' + e.message); })
  .catch((e) => console.log('second catch:', e.message));
Promise.resolve('ok')
  .then(() => { throw new Error('E3'); }, () => console.log('not called: same-level onRejected'))
  .then(null, (e) => console.log('next level onRejected:', e.message));
Promise.reject('plain reason').catch((r) => console.log('non-error reason:', r, typeof r));
Promise.reject(new Error('E4'))
  .catch()
  .catch(undefined)
  .catch((e) => console.log('non-function catches pass the rejection on:', e.message));
const p = Promise.reject(new Error('E5'));
p.catch((e) => console.log('branch 1 sees', e.message));
p.catch((e) => console.log('branch 2 sees', e.message));
