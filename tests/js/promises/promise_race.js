// Promise.race: the first to settle wins, whether it fulfils or rejects; empty race never settles.
const delayed = (v, ms, fail) => new Promise((res, rej) => setTimeout(() => (fail ? rej(new Error(v)) : res(v)), ms));
Promise.race([delayed('slow', 20), delayed('fast', 5)]).then((v) => console.log('race 1:', v));
Promise.race([delayed('slow ok', 20), delayed('fast fail', 5, true)]).catch((e) => console.log('race 2 rejected:', e.message));
Promise.race([delayed('timer', 1), 'plain value wins']).then((v) => console.log('race 3:', v));
Promise.race([Promise.resolve('first resolved'), Promise.reject(new Error('second'))]).then((v) => console.log('race 4:', v));
let settled = false;
Promise.race([]).then(() => { settled = true; });
setTimeout(() => console.log('empty race settled?', settled), 30);
const timeout = (p, ms) => Promise.race([p, new Promise((_, rej) => setTimeout(() => rej(new Error('timeout after ' + ms)), ms))]);
timeout(delayed('too slow', 50), 10).catch((e) => console.log(e.message));
