'use strict';
// dns: lookup through getaddrinfo on the thread pool (so it queues behind fs and crypto work, as
// in node), resolve4 over the network (never the pool). Answers come from the scenario's table of
// host names; "localhost" is 127.0.0.1.
const natives = binding('dns');
const { validateFunction, validateString } = require('internal/errors');

// "getaddrinfo ENOTFOUND host" (errno -3008, EAI_NONAME) or "queryA ENOTFOUND host".
function notFound(syscall, host) {
  const error = new Error(syscall + ' ENOTFOUND ' + host);
  if (syscall === 'getaddrinfo') error.errno = -3008;
  error.code = 'ENOTFOUND';
  error.syscall = syscall;
  error.hostname = host;
  return error;
}

function lookup(hostname, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = {};
  }
  validateString(hostname, 'hostname');
  validateFunction(callback, 'callback');
  const all = options !== null && typeof options === 'object' && options.all === true;
  natives.lookup(hostname, function onlookup(addresses) {
    if (addresses.length === 0) return callback(notFound('getaddrinfo', hostname));
    if (all) return callback(null, addresses.map((address) => ({ address, family: 4 })));
    callback(null, addresses[0], 4);
  });
}

function resolve4(hostname, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = {};
  }
  validateString(hostname, 'hostname');
  validateFunction(callback, 'callback');
  natives.resolve4(hostname, function onresolve(addresses) {
    if (addresses.length === 0) return callback(notFound('queryA', hostname));
    callback(null, addresses);
  });
}

const promises = {
  lookup(hostname, options = {}) {
    return new Promise((resolve, reject) => {
      lookup(hostname, options, (error, address, family) => {
        if (error) reject(error);
        else if (options.all) resolve(address);
        else resolve({ address, family });
      });
    });
  },
  resolve4(hostname) {
    return new Promise((resolve, reject) => {
      resolve4(hostname, (error, addresses) => (error ? reject(error) : resolve(addresses)));
    });
  },
};

Object.defineProperty(lookup, require('internal/util').customPromisifyArgs, {
  value: ['address', 'family'],
  enumerable: false,
});

module.exports = { lookup, resolve4, resolve: resolve4, promises };
