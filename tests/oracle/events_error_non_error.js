// emit('error', value) with a value that is not an Error and no listener throws
// ERR_UNHANDLED_ERROR, whose message shows the value inspected.
const EventEmitter = require('events');
const e = new EventEmitter();
for (const value of [42, 'text', { code: 1 }, undefined, null]) {
  try {
    e.emit('error', value);
  } catch (err) {
    console.log(err.message, err.code, err.name, err.context === value, err instanceof Error);
  }
}
e.emit('error', { reason: 'fatal' });
