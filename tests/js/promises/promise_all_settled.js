// Promise.allSettled: status objects in input order, never rejects.
Promise.allSettled([
  Promise.resolve(1),
  Promise.reject(new Error('no')),
  'plain',
  new Promise((r) => setTimeout(() => r('late'), 5)),
  Promise.reject('string reason'),
]).then((results) => {
  for (const r of results) {
    console.log(r.status, r.status === 'fulfilled' ? r.value : r.reason instanceof Error ? r.reason.message : r.reason, Object.keys(r));
  }
});
Promise.allSettled([]).then((r) => console.log('empty:', r));
