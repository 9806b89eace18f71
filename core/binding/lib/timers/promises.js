'use strict';
// require('timers/promises'): the timers as promises. Each is built on the ordinary timers of
// require('timers') (the runtime's own timer lists), so a promise timer fires exactly where a
// callback timer with the same delay would: setTimeout(10, v) resolves with v from the timer's
// callback in the timers phase, setImmediate(v) from the check phase, and the continuation runs
// in the microtask drain right after that callback.
//
// setInterval(delay, value) is an async generator in node. The engine has no generators, so it
// is an object with the same protocol (next/return/throw, for await), and node's timing: the
// interval starts at the first next() (when the generator body would start), ticks that nobody
// has consumed yet are counted and each yields `value` once, and return() (a `break` out of the
// loop) clears the interval. Options are checked when node checks them: setTimeout and
// setImmediate return a rejected promise; setInterval rejects its first next().
//
// AbortSignal: any object with `aborted`, `reason` and add/removeEventListener is accepted (the
// engine has no AbortController of its own yet).

const timers = require('timers');
const { codedError, invalidArgType } = require('internal/errors');

const PromiseCtor = Promise;
const PromiseReject = Promise.reject.bind(Promise);
const PromiseResolve = Promise.resolve.bind(Promise);
const PromisePrototypeThen = Promise.prototype.then;
const SymbolAsyncIterator = Symbol.asyncIterator;
const SymbolToStringTag = Symbol.toStringTag;

function abortError(signal) {
  const error = new Error('The operation was aborted', { cause: signal ? signal.reason : undefined });
  error.code = 'ABORT_ERR';
  error.name = 'AbortError';
  return error;
}

function validateAbortSignal(signal, name) {
  if (signal !== undefined && (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
    throw invalidArgType(name, 'instance of AbortSignal', signal);
  }
}

// The checks node makes on `options` ({ signal, ref }).
function checkOptions(options) {
  if (options === null || typeof options !== 'object') throw invalidArgType('options', 'object', options);
  const { signal, ref = true } = options;
  validateAbortSignal(signal, 'options.signal');
  if (typeof ref !== 'boolean') throw invalidArgType('options.ref', 'boolean', ref);
  return { signal, ref };
}

// A promise settled by a one-shot timer (`start(resolve)` arms it and returns its handle).
function timerPromise(options, start, clear) {
  let checked;
  try {
    checked = checkOptions(options);
  } catch (err) {
    return PromiseReject(err);
  }
  const { signal, ref } = checked;
  if (signal && signal.aborted) return PromiseReject(abortError(signal));
  let oncancel;
  const promise = new PromiseCtor((resolve, reject) => {
    const handle = start(resolve);
    if (!ref) handle.unref();
    if (signal) {
      oncancel = () => {
        clear(handle);
        reject(abortError(signal));
      };
      signal.addEventListener('abort', oncancel, { once: true });
    }
  });
  if (oncancel === undefined) return promise;
  return promise.finally(() => signal.removeEventListener('abort', oncancel));
}

function setTimeout(after, value, options = {}) {
  return timerPromise(options, (resolve) => timers.setTimeout(resolve, after, value), timers.clearTimeout);
}

function setImmediate(value, options = {}) {
  return timerPromise(options, (resolve) => timers.setImmediate(resolve, value), timers.clearImmediate);
}

// The async generator's prototype stand-in: toString tag as node's ('[object AsyncGenerator]').
const intervalIteratorPrototype = {
  [SymbolAsyncIterator]() {
    return this;
  },
};
Object.defineProperty(intervalIteratorPrototype, SymbolToStringTag, {
  value: 'AsyncGenerator',
  configurable: true,
});

// A promise of `result` that settles one microtask later than an already-resolved one: the hop an
// async generator spends resuming from `yield` before it settles next() or return().
function afterGeneratorHop(result) {
  return PromisePrototypeThen.call(PromiseResolve(), () => result);
}

function setInterval(after, value, options = {}) {
  let started = false;
  let finished = false;
  let interval;      // the timer, from the first next() until the iterator finishes
  let notYielded = 0;  // ticks that fired but have not been handed out yet
  const waiting = [];  // next() promises waiting for a tick: their resolve functions
  let signal;
  let oncancel;

  function finish() {
    finished = true;
    if (interval !== undefined) timers.clearInterval(interval);
    if (oncancel !== undefined) signal.removeEventListener('abort', oncancel);
    const done = { value: undefined, done: true };
    while (waiting.length > 0) waiting.shift().resolve(done);
  }

  function start() {
    started = true;
    const checked = checkOptions(options);
    signal = checked.signal;
    if (signal && signal.aborted) throw abortError(signal);
    interval = timers.setInterval(() => {
      notYielded++;
      if (waiting.length > 0) {
        notYielded--;
        waiting.shift().resolve({ value, done: false });
      }
    }, after);
    if (!checked.ref) interval.unref();
    if (signal) {
      oncancel = () => {
        const error = abortError(signal);
        const pending = waiting.splice(0);
        finish();
        for (let i = 0; i < pending.length; i++) pending[i].reject(error);
      };
      signal.addEventListener('abort', oncancel, { once: true });
    }
  }

  const iterator = Object.create(intervalIteratorPrototype);
  iterator.next = function next() {
    if (finished) return PromiseResolve({ value: undefined, done: true });
    if (!started) {
      try {
        start();
      } catch (err) {
        finish();
        return PromiseReject(err);
      }
    }
    if (notYielded > 0) {
      notYielded--;
      return afterGeneratorHop({ value, done: false });
    }
    return new PromiseCtor((resolve, reject) => {
      waiting.push({ resolve, reject });
    });
  };
  iterator.return = function (result) {
    finish();
    return afterGeneratorHop({ value: result, done: true });
  };
  iterator.throw = function (error) {
    finish();
    return PromiseReject(error);
  };
  // Not enumerable, like a generator object's (its methods live on its prototype in node).
  for (const name of ['next', 'return', 'throw']) {
    Object.defineProperty(iterator, name, { enumerable: false });
  }
  return iterator;
}

// scheduler (the Scheduling APIs draft): wait(delay) and yield() to the check phase.
const kScheduler = Symbol('kScheduler');

class Scheduler {
  constructor() {
    throw codedError(TypeError, 'ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor');
  }

  yield() {
    if (!this[kScheduler]) throw codedError(TypeError, 'ERR_INVALID_THIS', 'Value of "this" must be of type Scheduler');
    return setImmediate();
  }

  wait(delay, options) {
    if (!this[kScheduler]) throw codedError(TypeError, 'ERR_INVALID_THIS', 'Value of "this" must be of type Scheduler');
    return setTimeout(delay, undefined, options);
  }
}

const scheduler = Object.create(Scheduler.prototype);
scheduler[kScheduler] = true;

module.exports = {
  setTimeout,
  setImmediate,
  setInterval,
  scheduler,
};
