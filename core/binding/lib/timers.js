'use strict';
// require('timers'): the same functions as the globals (core/binding/timers.cpp), and
// timers/promises as `promises`.
module.exports = {
  setTimeout: globalThis.setTimeout,
  clearTimeout: globalThis.clearTimeout,
  setInterval: globalThis.setInterval,
  clearInterval: globalThis.clearInterval,
  setImmediate: globalThis.setImmediate,
  clearImmediate: globalThis.clearImmediate,
};
Object.defineProperty(module.exports, 'promises', {
  get() {
    return require('timers/promises');
  },
  enumerable: true,
  configurable: true,
});
