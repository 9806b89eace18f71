// An exception thrown by a queueMicrotask callback is an uncaught exception (not a rejection).
process.on('uncaughtException', (e, origin) => console.log('caught', e.message, origin));
process.on('unhandledRejection', () => console.log('unhandledRejection: not expected'));
queueMicrotask(() => { throw new Error('from microtask'); });
queueMicrotask(() => console.log('next microtask'));
setTimeout(() => console.log('timeout'), 0);
