// Promise.any: the first fulfilment wins; all rejections give an AggregateError.
const delayed = (v, ms, fail) => new Promise((res, rej) => setTimeout(() => (fail ? rej(new Error(v)) : res(v)), ms));
Promise.any([delayed('a fails', 1, true), delayed('b ok', 10), delayed('c ok', 5)]).then((v) => console.log('any:', v));
Promise.any([delayed('x', 5, true), Promise.reject(new TypeError('y')), delayed('z', 1, true)]).catch((e) => {
  console.log(e.constructor.name, e.name, e.message);
  console.log(e.errors.map((x) => x.message), e instanceof AggregateError, e instanceof Error);
});
Promise.any([]).catch((e) => console.log('empty any:', e.message, e.errors));
Promise.any(['plain']).then((v) => console.log('any plain:', v));
