// Core modules load under their bare name and their node: name, as the same object.
console.log(require('timers') === require('node:timers'));
console.log(require('events') === require('node:events'));
console.log(require('util') === require('node:util'));
