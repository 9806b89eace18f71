// With captureRejections, an emitter's [Symbol.for('nodejs.rejection')] method receives the
// rejection (with the event name and arguments) instead of an 'error' event.
const EventEmitter = require('events');
class Service extends EventEmitter {
  constructor() {
    super({ captureRejections: true });
  }
  [EventEmitter.captureRejectionSymbol](err, event, ...args) {
    console.log('rejection handler', err.message, event, args);
  }
}
const s = new Service();
s.on('request', async (id, body) => {
  throw new Error('failed ' + id + ' ' + body);
});
s.on('error', () => console.log('error event (not used)'));
s.emit('request', 7, 'payload');
console.log('emitted', EventEmitter.captureRejectionSymbol === Symbol.for('nodejs.rejection'));
