// Three ways to make an emitter: a class, util.inherits with EventEmitter.call, and
// Object.create of the prototype with EventEmitter.init semantics.
const EventEmitter = require('events');
const util = require('util');
class Job extends EventEmitter {
  run() {
    this.emit('done', 'class');
  }
}
function Legacy() {
  EventEmitter.call(this);
}
util.inherits(Legacy, EventEmitter);
Legacy.prototype.run = function () {
  this.emit('done', 'inherits');
};
for (const job of [new Job(), new Legacy()]) {
  job.on('done', function (how) {
    console.log(how, this instanceof EventEmitter, this.constructor.name);
  });
  job.run();
}
console.log(Legacy.super_ === EventEmitter, new Legacy());
