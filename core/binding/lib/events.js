'use strict';
// require('events'): the EventEmitter every other module (process, streams, sockets) is built on,
// with node 20's exact rules, because scripts observe them directly:
//
//   - emit() is synchronous. It snapshots the listener list first, so listeners added or removed
//     during an emit do not change who is called by that emit; nested emits finish first.
//   - Listeners are stored as node stores them (a single function, or an array once there are two),
//     because scripts print `_events` and count on `warned` arrays.
//   - 'newListener' is emitted BEFORE a listener is added, 'removeListener' AFTER it is removed.
//   - once() wraps the listener; the wrapper removes itself before calling the listener.
//   - emit('error', x) with no 'error' listener throws x (an Error) or ERR_UNHANDLED_ERROR.
//   - More listeners than getMaxListeners() for one event prints MaxListenersExceededWarning once.
//   - With captureRejections, a listener's rejected promise becomes an 'error' (or a call of
//     emitter[Symbol.for('nodejs.rejection')]) on the next tick.
//
// Static helpers: events.once (a promise of the next event's arguments, rejected by 'error'),
// events.on (an async iterator of events), listenerCount, get/setMaxListeners, getEventListeners.

const { invalidArgType, outOfRange } = require('internal/errors');

const ReflectApply = Reflect.apply;
const ReflectOwnKeys = Reflect.ownKeys;
const ObjectCreate = Object.create;
const ObjectDefineProperty = Object.defineProperty;
const ObjectDefineProperties = Object.defineProperties;
const ObjectGetPrototypeOf = Object.getPrototypeOf;
const PromiseCtor = Promise;
const PromiseResolve = Promise.resolve.bind(Promise);
const PromiseReject = Promise.reject.bind(Promise);
const NumberIsNaN = Number.isNaN;
const SymbolAsyncIterator = Symbol.asyncIterator;
const StringCtor = String;
const ErrorCtor = Error;

const kCapture = Symbol('kCapture');
const kShapeMode = Symbol('shapeMode');
const kErrorMonitor = Symbol('events.errorMonitor');
const kRejection = Symbol.for('nodejs.rejection');
const kMaxEventTargetListeners = Symbol('events.maxEventTargetListeners');
const kMaxEventTargetListenersWarned = Symbol('events.maxEventTargetListenersWarned');

let defaultMaxListeners = 10;

function lazyInspect(value, options) {
  return require('util').inspect(value, options);
}

// validateNumber(value, name, min) of node's validators: the messages setMaxListeners shows.
function validateNonNegativeNumber(value, name) {
  if (typeof value !== 'number') throw invalidArgType(name, 'number', value);
  if (value < 0 || NumberIsNaN(value)) throw outOfRange(name, '>= 0', value);
}

function validateBoolean(value, name) {
  if (typeof value !== 'boolean') throw invalidArgType(name, 'boolean', value);
}

function checkListener(listener) {
  if (typeof listener !== 'function') throw invalidArgType('listener', 'function', listener);
}

function EventEmitter(opts) {
  EventEmitter.init.call(this, opts);
}

EventEmitter.prototype._events = undefined;
EventEmitter.prototype._eventsCount = 0;
EventEmitter.prototype._maxListeners = undefined;

// ---- static properties, in node's order (Object.keys(require('events')) shows it) ----
EventEmitter.addAbortListener = function addAbortListener(signal, listener) {
  if (signal === undefined) throw invalidArgType('signal', 'instance of AbortSignal', signal);
  checkListener(listener);
  let removed = false;
  const remove = () => {
    if (removed) return;
    removed = true;
    if (typeof signal.removeEventListener === 'function') signal.removeEventListener('abort', listener);
  };
  if (signal.aborted) {
    process.nextTick(() => listener());
  } else if (typeof signal.addEventListener === 'function') {
    signal.addEventListener('abort', listener, { once: true });
  }
  return { __proto__: null, [Symbol.dispose || Symbol.for('nodejs.dispose')]: remove };
};

EventEmitter.once = once;
EventEmitter.on = on;
EventEmitter.getEventListeners = getEventListeners;
EventEmitter.getMaxListeners = getMaxListeners;
// Backwards-compatible with require('events').EventEmitter.
EventEmitter.EventEmitter = EventEmitter;
EventEmitter.usingDomains = false;
EventEmitter.captureRejectionSymbol = kRejection;
ObjectDefineProperty(EventEmitter, 'captureRejections', {
  get() {
    return EventEmitter.prototype[kCapture];
  },
  set(value) {
    validateBoolean(value, 'EventEmitter.captureRejections');
    EventEmitter.prototype[kCapture] = value;
  },
  enumerable: true,
});
// async_hooks is not modelled: the class node loads lazily here is absent (a getter, as node's).
ObjectDefineProperty(EventEmitter, 'EventEmitterAsyncResource', {
  enumerable: true,
  get() {
    return undefined;
  },
  set: undefined,
});
EventEmitter.errorMonitor = kErrorMonitor;
ObjectDefineProperty(EventEmitter, 'defaultMaxListeners', {
  enumerable: true,
  get() {
    return defaultMaxListeners;
  },
  set(value) {
    validateNonNegativeNumber(value, 'defaultMaxListeners');
    defaultMaxListeners = value;
  },
});
ObjectDefineProperties(EventEmitter, {
  kMaxEventTargetListeners: { value: kMaxEventTargetListeners, enumerable: false, configurable: false, writable: false },
  kMaxEventTargetListenersWarned: {
    value: kMaxEventTargetListenersWarned, enumerable: false, configurable: false, writable: false,
  },
});

ObjectDefineProperty(EventEmitter.prototype, kCapture, {
  value: false,
  writable: true,
  enumerable: false,
});

// Sets the limit for every emitter that has none of its own (no targets), or for each target.
EventEmitter.setMaxListeners = function (n = defaultMaxListeners, ...eventTargets) {
  validateNonNegativeNumber(n, 'n');
  if (eventTargets.length === 0) {
    defaultMaxListeners = n;
    return;
  }
  for (let i = 0; i < eventTargets.length; i++) {
    const target = eventTargets[i];
    if (target !== null && typeof target === 'object' && typeof target.setMaxListeners === 'function') {
      target.setMaxListeners(n);
    } else {
      throw invalidArgType('eventTargets', ['instance of EventEmitter', 'instance of EventTarget'], target);
    }
  }
};

// Makes `this` an emitter: what the constructor does, callable on any object (EventEmitter.call).
EventEmitter.init = function (opts) {
  if (this._events === undefined || this._events === ObjectGetPrototypeOf(this)._events) {
    this._events = ObjectCreate(null);
    this._eventsCount = 0;
    this[kShapeMode] = false;
  } else {
    // The object brought its own _events (as streams do): removing keeps the keys, set undefined.
    this[kShapeMode] = true;
  }
  this._maxListeners = this._maxListeners || undefined;
  if (opts && opts.captureRejections) {
    validateBoolean(opts.captureRejections, 'options.captureRejections');
    this[kCapture] = Boolean(opts.captureRejections);
  } else {
    this[kCapture] = EventEmitter.prototype[kCapture];
  }
};

EventEmitter.listenerCount = function (emitter, type) {
  if (typeof emitter.listenerCount === 'function') return emitter.listenerCount(type);
  return ReflectApply(listenerCount, emitter, [type]);
};

// ---- captureRejections ----
function addCatch(that, promise, type, args) {
  if (!that[kCapture]) return;
  // A listener may return a thenable whose `then` throws: that becomes the 'error' at once.
  try {
    const then = promise.then;
    if (typeof then === 'function') {
      ReflectApply(then, promise, [undefined, function (err) {
        process.nextTick(emitUnhandledRejectionOrErr, that, err, type, args);
      }]);
    }
  } catch (err) {
    that.emit('error', err);
  }
}

function emitUnhandledRejectionOrErr(emitter, err, type, args) {
  if (typeof emitter[kRejection] === 'function') {
    ReflectApply(emitter[kRejection], emitter, [err, type, ...args]);
  } else {
    // Turned off while emitting, so an 'error' listener that rejects cannot loop forever.
    const previous = emitter[kCapture];
    try {
      emitter[kCapture] = false;
      emitter.emit('error', err);
    } finally {
      emitter[kCapture] = previous;
    }
  }
}

// ---- limits ----
EventEmitter.prototype.setMaxListeners = function setMaxListeners(n) {
  validateNonNegativeNumber(n, 'setMaxListeners');
  this._maxListeners = n;
  return this;
};

function _getMaxListeners(that) {
  if (that._maxListeners === undefined) return defaultMaxListeners;
  return that._maxListeners;
}

EventEmitter.prototype.getMaxListeners = function getMaxListeners() {
  return _getMaxListeners(this);
};

// ---- emit ----
EventEmitter.prototype.emit = function emit(type, ...args) {
  let doError = type === 'error';
  const events = this._events;
  if (events !== undefined) {
    if (doError && events[kErrorMonitor] !== undefined) this.emit(kErrorMonitor, ...args);
    doError = doError && events.error === undefined;
  } else if (!doError) {
    return false;
  }

  // The 'error' rule: nobody listens, so the error goes up to the caller (and, uncaught, kills
  // the process).
  if (doError) {
    let er;
    if (args.length > 0) er = args[0];
    if (er instanceof ErrorCtor) {
      throw er; // Unhandled 'error' event
    }
    let stringified;
    try {
      stringified = lazyInspect(er);
    } catch {
      stringified = er;
    }
    // Made here rather than by codedError(), so the stack starts at emit as node's does.
    const err = new ErrorCtor('Unhandled error. (' + stringified + ')');
    ObjectDefineProperty(err, 'name', {
      value: 'Error [ERR_UNHANDLED_ERROR]',
      writable: true,
      enumerable: false,
      configurable: true,
    });
    err.stack;  // the stack text is made now, with the coded name
    delete err.name;
    err.code = 'ERR_UNHANDLED_ERROR';
    err.context = er;
    throw err; // Unhandled 'error' event
  }

  const handler = events[type];
  if (handler === undefined) return false;

  if (typeof handler === 'function') {
    const result = ReflectApply(handler, this, args);
    if (result !== undefined && result !== null) addCatch(this, result, type, args);
  } else {
    const listeners = arrayClone(handler);
    const len = listeners.length;
    for (let i = 0; i < len; ++i) {
      const result = ReflectApply(listeners[i], this, args);
      if (result !== undefined && result !== null) addCatch(this, result, type, args);
    }
  }
  return true;
};

// ---- adding ----
function _addListener(target, type, listener, prepend) {
  checkListener(listener);
  let events = target._events;
  let existing;
  if (events === undefined) {
    events = target._events = ObjectCreate(null);
    target._eventsCount = 0;
  } else {
    // Announced before it is added, so a 'newListener' listener does not see itself called.
    if (events.newListener !== undefined) {
      target.emit('newListener', type, listener.listener ? listener.listener : listener);
      // The 'newListener' listener may have replaced _events.
      events = target._events;
    }
    existing = events[type];
  }

  if (existing === undefined) {
    events[type] = listener;
    ++target._eventsCount;
    return target;
  }
  if (typeof existing === 'function') {
    existing = events[type] = prepend ? [listener, existing] : [existing, listener];
  } else if (prepend) {
    existing.unshift(listener);
  } else {
    existing.push(listener);
  }

  const max = _getMaxListeners(target);
  if (max > 0 && existing.length > max && !existing.warned) {
    existing.warned = true;
    const warning = new ErrorCtor('Possible EventEmitter memory leak detected. ' + existing.length +
      ' ' + StringCtor(type) + ' listeners added to ' + lazyInspect(target, { depth: -1 }) +
      '. MaxListeners is ' + max + '. Use emitter.setMaxListeners() to increase limit');
    warning.name = 'MaxListenersExceededWarning';
    warning.emitter = target;
    warning.type = type;
    warning.count = existing.length;
    process.emitWarning(warning);
  }
  return target;
}

EventEmitter.prototype.addListener = function addListener(type, listener) {
  return _addListener(this, type, listener, false);
};

EventEmitter.prototype.on = EventEmitter.prototype.addListener;

EventEmitter.prototype.prependListener = function prependListener(type, listener) {
  return _addListener(this, type, listener, true);
};

// The once wrapper is a bound function (node shows it as "bound onceWrapper") carrying the
// original as .listener, so removeListener(type, original) finds it.
function onceWrapper() {
  if (!this.fired) {
    this.target.removeListener(this.type, this.wrapFn);
    this.fired = true;
    if (arguments.length === 0) return this.listener.call(this.target);
    return ReflectApply(this.listener, this.target, arguments);
  }
}

function _onceWrap(target, type, listener) {
  const state = { fired: false, wrapFn: undefined, target, type, listener };
  const wrapped = onceWrapper.bind(state);
  wrapped.listener = listener;
  state.wrapFn = wrapped;
  return wrapped;
}

EventEmitter.prototype.once = function once(type, listener) {
  checkListener(listener);
  this.on(type, _onceWrap(this, type, listener));
  return this;
};

EventEmitter.prototype.prependOnceListener = function prependOnceListener(type, listener) {
  checkListener(listener);
  this.prependListener(type, _onceWrap(this, type, listener));
  return this;
};

// ---- removing ----
EventEmitter.prototype.removeListener = function removeListener(type, listener) {
  checkListener(listener);
  const events = this._events;
  if (events === undefined) return this;
  const list = events[type];
  if (list === undefined) return this;

  if (list === listener || list.listener === listener) {
    this._eventsCount -= 1;
    if (this[kShapeMode]) {
      events[type] = undefined;
    } else if (this._eventsCount === 0) {
      this._events = ObjectCreate(null);
    } else {
      delete events[type];
      if (events.removeListener) this.emit('removeListener', type, list.listener || listener);
    }
  } else if (typeof list !== 'function') {
    // The last registration of `listener` goes (the most recently added one).
    let position = -1;
    for (let i = list.length - 1; i >= 0; i--) {
      if (list[i] === listener || list[i].listener === listener) {
        position = i;
        break;
      }
    }
    if (position < 0) return this;
    if (position === 0) list.shift();
    else list.splice(position, 1);
    if (list.length === 1) events[type] = list[0];
    if (events.removeListener !== undefined) this.emit('removeListener', type, listener);
  }
  return this;
};

EventEmitter.prototype.off = EventEmitter.prototype.removeListener;

EventEmitter.prototype.removeAllListeners = function removeAllListeners(type) {
  const events = this._events;
  if (events === undefined) return this;

  // Nobody listens for 'removeListener': no need to remove one by one.
  if (events.removeListener === undefined) {
    if (arguments.length === 0) {
      this._events = ObjectCreate(null);
      this._eventsCount = 0;
    } else if (events[type] !== undefined) {
      if (--this._eventsCount === 0) this._events = ObjectCreate(null);
      else delete events[type];
    }
    this[kShapeMode] = false;
    return this;
  }

  // Someone does: each removal is announced, 'removeListener' listeners themselves last.
  if (arguments.length === 0) {
    const keys = ReflectOwnKeys(events);
    for (let i = 0; i < keys.length; i++) {
      if (keys[i] === 'removeListener') continue;
      this.removeAllListeners(keys[i]);
    }
    this.removeAllListeners('removeListener');
    this._events = ObjectCreate(null);
    this._eventsCount = 0;
    this[kShapeMode] = false;
    return this;
  }

  const listeners = events[type];
  if (typeof listeners === 'function') {
    this.removeListener(type, listeners);
  } else if (listeners !== undefined) {
    // Last in, first out.
    for (let i = listeners.length - 1; i >= 0; i--) this.removeListener(type, listeners[i]);
  }
  return this;
};

// ---- inspecting ----
function _listeners(target, type, unwrap) {
  const events = target._events;
  if (events === undefined) return [];
  const found = events[type];
  if (found === undefined) return [];
  if (typeof found === 'function') return unwrap ? [found.listener || found] : [found];
  return unwrap ? unwrapListeners(found) : arrayClone(found);
}

EventEmitter.prototype.listeners = function listeners(type) {
  return _listeners(this, type, true);
};

EventEmitter.prototype.rawListeners = function rawListeners(type) {
  return _listeners(this, type, false);
};

function listenerCount(type, listener) {
  const events = this._events;
  if (events !== undefined) {
    const found = events[type];
    if (typeof found === 'function') {
      if (listener != null) return listener === found || listener === found.listener ? 1 : 0;
      return 1;
    } else if (found !== undefined) {
      if (listener != null) {
        let matching = 0;
        for (let i = 0; i < found.length; i++) {
          if (found[i] === listener || found[i].listener === listener) matching++;
        }
        return matching;
      }
      return found.length;
    }
  }
  return 0;
}

EventEmitter.prototype.listenerCount = listenerCount;

EventEmitter.prototype.eventNames = function eventNames() {
  return this._eventsCount > 0 ? ReflectOwnKeys(this._events) : [];
};

function arrayClone(list) {
  // The snapshot emit() iterates: later changes to the live array do not affect it.
  const copy = new Array(list.length);
  for (let i = 0; i < list.length; i++) copy[i] = list[i];
  return copy;
}

function unwrapListeners(list) {
  const result = arrayClone(list);
  for (let i = 0; i < result.length; ++i) {
    const original = result[i].listener;
    if (typeof original === 'function') result[i] = original;
  }
  return result;
}

// ---- static helpers ----
function isEmitterLike(value) {
  return value !== null && (typeof value === 'object' || typeof value === 'function');
}

function getEventListeners(emitterOrTarget, type) {
  if (isEmitterLike(emitterOrTarget) && typeof emitterOrTarget.listeners === 'function') {
    return emitterOrTarget.listeners(type);
  }
  throw invalidArgType('emitter', ['instance of EventEmitter', 'instance of EventTarget'], emitterOrTarget);
}

function getMaxListeners(emitterOrTarget) {
  if (isEmitterLike(emitterOrTarget) && typeof emitterOrTarget.getMaxListeners === 'function') {
    return _getMaxListeners(emitterOrTarget);
  }
  throw invalidArgType('emitter', ['instance of EventEmitter', 'instance of EventTarget'], emitterOrTarget);
}

function abortError(signal) {
  const error = new ErrorCtor('The operation was aborted', { cause: signal.reason });
  error.code = 'ABORT_ERR';
  error.name = 'AbortError';
  return error;
}

function validateAbortSignal(signal, name) {
  if (signal !== undefined && (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
    throw invalidArgType(name, 'instance of AbortSignal', signal);
  }
}

function addListenerAnyKind(emitter, name, listener, flags) {
  if (isEmitterLike(emitter) && typeof emitter.on === 'function') {
    if (flags && flags.once) emitter.once(name, listener);
    else emitter.on(name, listener);
  } else if (isEmitterLike(emitter) && typeof emitter.addEventListener === 'function') {
    emitter.addEventListener(name, listener, flags);
  } else {
    throw invalidArgType('emitter', 'instance of EventEmitter', emitter);
  }
}

function removeListenerAnyKind(emitter, name, listener, flags) {
  if (typeof emitter.removeListener === 'function') {
    emitter.removeListener(name, listener);
  } else if (typeof emitter.removeEventListener === 'function') {
    emitter.removeEventListener(name, listener, flags);
  } else {
    throw invalidArgType('emitter', 'instance of EventEmitter', emitter);
  }
}

// A promise of the arguments of the next `name` event; an 'error' first rejects it. An async
// function as node's is, so the promise settles as many microtask hops later as node's does.
async function once(emitter, name, options = {}) {
  const signal = options ? options.signal : undefined;
  validateAbortSignal(signal, 'options.signal');
  if (signal && signal.aborted) throw abortError(signal);
  return new PromiseCtor((resolve, reject) => {
    const errorListener = (err) => {
      emitter.removeListener(name, resolver);
      if (signal != null) removeListenerAnyKind(signal, 'abort', abortListener);
      reject(err);
    };
    const resolver = (...args) => {
      if (typeof emitter.removeListener === 'function') emitter.removeListener('error', errorListener);
      if (signal != null) removeListenerAnyKind(signal, 'abort', abortListener);
      resolve(args);
    };
    addListenerAnyKind(emitter, name, resolver, { once: true });
    if (name !== 'error' && typeof emitter.on === 'function') emitter.once('error', errorListener);
    function abortListener() {
      removeListenerAnyKind(emitter, name, resolver);
      removeListenerAnyKind(emitter, 'error', errorListener);
      reject(abortError(signal));
    }
    if (signal != null) addListenerAnyKind(signal, 'abort', abortListener, { once: true });
  });
}

// An async iterator over `event`'s arguments arrays. Events that come while nobody waits are
// queued; an 'error' rejects the next read; return() detaches it.
function on(emitter, event, options = {}) {
  const signal = options ? options.signal : undefined;
  validateAbortSignal(signal, 'options.signal');
  if (signal && signal.aborted) throw abortError(signal);
  const closeEvents = options && options.close ? options.close : [];

  const unconsumedEvents = [];
  const unconsumedPromises = [];
  let error = null;
  let finished = false;

  const iterator = {
    next() {
      if (unconsumedEvents.length > 0) {
        return PromiseResolve(iterResult(unconsumedEvents.shift(), false));
      }
      if (error) {
        const rejected = PromiseReject(error);
        error = null;
        return rejected;
      }
      if (finished) return closeHandler();
      return new PromiseCtor((resolve, reject) => {
        unconsumedPromises.push({ resolve, reject });
      });
    },
    return() {
      return closeHandler();
    },
    throw(err) {
      if (!err || !(err instanceof ErrorCtor)) {
        throw invalidArgType('EventEmitter.AsyncIterator', 'instance of Error', err);
      }
      errorHandler(err);
    },
    [SymbolAsyncIterator]() {
      return this;
    },
  };

  addListenerAnyKind(emitter, event, eventHandler);
  if (event !== 'error' && typeof emitter.on === 'function') addListenerAnyKind(emitter, 'error', errorHandler);
  for (let i = 0; i < closeEvents.length; i++) addListenerAnyKind(emitter, closeEvents[i], closeHandler);
  if (signal) addListenerAnyKind(signal, 'abort', abortListener, { once: true });
  return iterator;

  function abortListener() {
    errorHandler(abortError(signal));
  }

  function eventHandler(...args) {
    if (unconsumedPromises.length > 0) unconsumedPromises.shift().resolve(iterResult(args, false));
    else unconsumedEvents.push(args);
  }

  function errorHandler(err) {
    if (unconsumedPromises.length > 0) unconsumedPromises.shift().reject(err);
    else error = err;
    closeHandler();
  }

  function closeHandler() {
    removeListenerAnyKind(emitter, event, eventHandler);
    removeListenerAnyKind(emitter, 'error', errorHandler);
    for (let i = 0; i < closeEvents.length; i++) removeListenerAnyKind(emitter, closeEvents[i], closeHandler);
    if (signal) removeListenerAnyKind(signal, 'abort', abortListener);
    finished = true;
    const done = iterResult(undefined, true);
    while (unconsumedPromises.length > 0) unconsumedPromises.shift().resolve(done);
    return PromiseResolve(done);
  }
}

function iterResult(value, done) {
  return { value, done };
}

module.exports = EventEmitter;
