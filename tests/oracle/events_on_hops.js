// events.on's iterator: next() of a queued event resolves at once (one hop for its reaction),
// several pending next() calls are served in order, return() and an 'error' finish it.
const EventEmitter = require('events');
function chain(label) {
  let hop = 0;
  const step = () => {
    console.log(label, 'hop', ++hop);
    if (hop < 4) Promise.resolve().then(step);
  };
  Promise.resolve().then(step);
}
const e = new EventEmitter();
const it = EventEmitter.on(e, 'x');
e.emit('x', 1);
e.emit('x', 2);
chain('A');
it.next().then((v) => console.log('A next', v));
setTimeout(() => {
  chain('B');
  it.next().then((v) => console.log('B next', v));
  it.next().then((v) => console.log('B next2', v));
  e.emit('x', 3);
}, 5);
setTimeout(() => {
  chain('C');
  it.return().then((v) => console.log('C return', v));
  it.next().then((v) => console.log('C next', v));
}, 10);
setTimeout(() => {
  const e2 = new EventEmitter();
  const it2 = EventEmitter.on(e2, 'y');
  chain('D');
  it2.next().then((v) => console.log('D next', v), (err) => console.log('D rejected', err.message));
  e2.emit('error', new Error('bad'));
  it2.next().then((v) => console.log('D next2', v));
  console.log('D listeners', e2.listenerCount('y'), e2.listenerCount('error'));
}, 15);
