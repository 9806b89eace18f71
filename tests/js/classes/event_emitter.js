// A small EventEmitter written in the script, and a class built on it.
class Emitter {
  #listeners = new Map();
  on(event, fn) {
    if (!this.#listeners.has(event)) this.#listeners.set(event, []);
    this.#listeners.get(event).push(fn);
    return this;
  }
  once(event, fn) {
    const wrapper = (...args) => { this.off(event, wrapper); fn.apply(this, args); };
    return this.on(event, wrapper);
  }
  off(event, fn) {
    const list = this.#listeners.get(event) || [];
    const i = list.indexOf(fn);
    if (i >= 0) list.splice(i, 1);
    return this;
  }
  emit(event, ...args) {
    const list = (this.#listeners.get(event) || []).slice();
    for (const fn of list) fn.apply(this, args);
    return list.length > 0;
  }
  listenerCount(event) { return (this.#listeners.get(event) || []).length; }
}
class Downloader extends Emitter {
  constructor(name) { super(); this.name = name; this.received = 0; }
  receive(chunks) {
    this.emit('start', this.name);
    for (const c of chunks) {
      this.received += c;
      this.emit('progress', this.received);
    }
    this.emit('end', this.received);
  }
}
const d = new Downloader('file.bin');
d.on('start', function (n) { console.log('start', n, this === d); })
  .on('progress', (n) => console.log('progress', n))
  .once('end', (n) => console.log('end (once)', n))
  .on('end', (n) => console.log('end (always)', n));
d.receive([10, 20]);
console.log('end listeners left:', d.listenerCount('end'));
d.receive([5]);
console.log(d.emit('nothing'), d instanceof Emitter, Object.keys(d));
