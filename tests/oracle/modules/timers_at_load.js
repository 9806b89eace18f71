setImmediate(() => console.log('timers_at_load: immediate'));
Promise.resolve().then(() => console.log('timers_at_load: microtask'));
module.exports = 'loaded';
