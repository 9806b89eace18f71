// events.on: an async iterator over the emitted events' argument arrays; events emitted before
// the loop asks are queued; return (break) removes the listeners.
const EventEmitter = require('events');
const { on } = EventEmitter;
const e = new EventEmitter();
(async () => {
  for await (const [value] of on(e, 'item')) {
    console.log('got', value);
    if (value === 3) break;
  }
  console.log('loop done, listeners left', e.listenerCount('item'), e.listenerCount('error'));
})();
e.emit('item', 1);
e.emit('item', 2);
setTimeout(() => e.emit('item', 3), 5);
setTimeout(() => e.emit('item', 4), 10);
