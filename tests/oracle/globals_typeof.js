// The globals a script can use, by type.
console.log('console', typeof console);
console.log('setTimeout', typeof setTimeout, 'setInterval', typeof setInterval, 'setImmediate', typeof setImmediate);
console.log('clearTimeout', typeof clearTimeout, 'clearInterval', typeof clearInterval, 'clearImmediate', typeof clearImmediate);
console.log('queueMicrotask', typeof queueMicrotask, 'structuredClone', typeof structuredClone);
console.log('performance', typeof performance, 'process', typeof process);
console.log('globalThis', typeof globalThis, 'global', typeof global);
console.log('require', typeof require, 'module', typeof module, 'exports', typeof exports);
console.log('__filename', typeof __filename, '__dirname', typeof __dirname);
console.log('Promise', typeof Promise, 'Symbol', typeof Symbol, 'Map', typeof Map, 'JSON', typeof JSON);
console.log('window', typeof window, 'document', typeof document);
