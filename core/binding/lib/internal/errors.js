'use strict';
// Node's coded errors (lib/internal/errors.js in node): an ordinary TypeError/RangeError/Error with
// a `code` property, whose stack's first line reads "TypeError [ERR_X]: message" because node
// captures the stack while the name carries the code. Every module throws through these helpers,
// so messages stay exactly node's.

const ObjectDefineProperty = Object.defineProperty;

function codedError(Base, code, message) {
  const error = new Base(message);
  ObjectDefineProperty(error, 'name', {
    value: Base.prototype.name + ' [' + code + ']',
    configurable: true,
    writable: true,
    enumerable: false,
  });
  error.stack;  // the stack text is made now, with the coded name
  delete error.name;
  error.code = code;
  return error;
}

// How node names a received value in ERR_INVALID_ARG_TYPE messages.
function describeReceived(value) {
  if (value === undefined || value === null) return 'Received ' + value;
  if (typeof value === 'function') return 'Received function ' + value.name;
  if (typeof value === 'object') {
    const ctor = value.constructor;
    if (ctor && typeof ctor.name === 'string' && ctor.name !== '') {
      return 'Received an instance of ' + ctor.name;
    }
    return 'Received ' + require('util').inspect(value, { depth: -1 });
  }
  let shown;
  if (typeof value === 'string') {
    shown = value.length > 28 ? value.slice(0, 25) + '...' : value;
    shown = "'" + shown + "'";
  } else if (typeof value === 'symbol') {
    shown = String(value);
  } else if (Object.is(value, -0)) {
    shown = '-0';
  } else {
    shown = String(value);
  }
  return 'Received type ' + typeof value + ' (' + shown + ')';
}

// ERR_INVALID_ARG_TYPE: `expected` is a type ('function'), a list of types, or an instance
// description ('an instance of EventEmitter' is written 'instance of EventEmitter').
function invalidArgType(name, expected, value) {
  const types = Array.isArray(expected) ? expected : [expected];
  const classes = [];
  const plain = [];
  for (const type of types) {
    if (type.startsWith('instance of ')) classes.push(type.slice(12));
    else plain.push(type);
  }
  let message = 'The ' + (name.includes('.') ? 'property' : 'argument');
  message = 'The "' + name + '" ' + (name.includes('.') ? 'property' : 'argument') + ' must be ';
  const parts = [];
  if (plain.length > 0) {
    parts.push((plain.length > 1 ? 'one of type ' : 'of type ') + listOf(plain));
  }
  if (classes.length > 0) {
    parts.push((classes.length > 1 ? 'an instance of ' : 'an instance of ') + listOf(classes));
  }
  message += parts.join(' or ') + '. ' + describeReceived(value);
  return codedError(TypeError, 'ERR_INVALID_ARG_TYPE', message);
}

function listOf(items) {
  if (items.length === 1) return items[0];
  if (items.length === 2) return items[0] + ' or ' + items[1];
  return items.slice(0, -1).join(', ') + ', or ' + items[items.length - 1];
}

function outOfRange(name, range, value) {
  let shown = typeof value === 'string' ? "'" + value + "'" : String(value);
  if (typeof value === 'number' && Math.abs(value) >= 2 ** 32) {
    shown = addNumericalSeparator(String(value));
  }
  return codedError(RangeError, 'ERR_OUT_OF_RANGE',
    'The value of "' + name + '" is out of range. It must be ' + range + '. Received ' + shown);
}

function addNumericalSeparator(text) {
  let result = '';
  let i = text.length;
  const start = text[0] === '-' ? 1 : 0;
  for (; i >= start + 4; i -= 3) result = '_' + text.slice(i - 3, i) + result;
  return text.slice(0, i) + result;
}

function invalidArgValue(name, value, reason) {
  const shown = require('util').inspect(value);
  return codedError(TypeError, 'ERR_INVALID_ARG_VALUE',
    "The " + (name.includes('.') ? 'property' : 'argument') + " '" + name + "' " +
    (reason || 'is invalid') + '. Received ' + shown);
}

// A feature Looplab does not model (yet): named, so a learner knows it is the simulator's limit.
function notModelled(what) {
  return codedError(Error, 'ERR_LOOPLAB_UNSUPPORTED', what + ' is not supported by Looplab yet');
}

function validateFunction(value, name) {
  if (typeof value !== 'function') throw invalidArgType(name, 'function', value);
}

function validateNumber(value, name) {
  if (typeof value !== 'number') throw invalidArgType(name, 'number', value);
}

function validateString(value, name) {
  if (typeof value !== 'string') throw invalidArgType(name, 'string', value);
}

function validateInteger(value, name, min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER) {
  if (typeof value !== 'number') throw invalidArgType(name, 'number', value);
  if (!Number.isInteger(value)) throw outOfRange(name, 'an integer', value);
  if (value < min || value > max) throw outOfRange(name, '>= ' + min + ' && <= ' + max, value);
}

function validateObject(value, name) {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw invalidArgType(name, 'object', value);
  }
}

module.exports = {
  codedError,
  describeReceived,
  invalidArgType,
  invalidArgValue,
  outOfRange,
  notModelled,
  validateFunction,
  validateNumber,
  validateString,
  validateInteger,
  validateObject,
};
