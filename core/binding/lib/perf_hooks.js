'use strict';
// perf_hooks: performance.now() on the process's virtual clock (milliseconds since the process
// started, as node's timeOrigin), eventLoopUtilization() from the loop's idle time in poll, and
// monitorEventLoopDelay() backed by the runtime's histogram (core/node/diagnostics.h).
const natives = binding('process');
const { invalidArgType, outOfRange } = require('internal/errors');

// Wall-clock milliseconds of the process start: the Date epoch of the virtual clock plus the
// start's hrtime.
const timeOrigin = Date.now() - now();

function now() {
  return natives.uptimeNs() / 1e6;
}

function eventLoopUtilization(first, second) {
  const [idleNs, activeNs] = natives.loopTimes();
  let idle = idleNs / 1e6;
  let active = activeNs / 1e6;
  if (second !== undefined) {
    idle = first.idle - second.idle;
    active = first.active - second.active;
  } else if (first !== undefined) {
    idle -= first.idle;
    active -= first.active;
  }
  const total = idle + active;
  return { idle, active, utilization: total > 0 ? active / total : 0 };
}

const marks = new Map();
function mark(name) {
  const entry = { name, entryType: 'mark', startTime: now(), duration: 0, detail: null };
  marks.set(name, entry);
  return entry;
}
function measure(name, startMark, endMark) {
  const start = startMark === undefined ? 0 : marks.get(startMark).startTime;
  const end = endMark === undefined ? now() : marks.get(endMark).startTime;
  return { name, entryType: 'measure', startTime: start, duration: end - start, detail: null };
}

const performance = {
  now,
  timeOrigin,
  eventLoopUtilization,
  mark,
  measure,
  toJSON() {
    return { timeOrigin, eventLoopUtilization: eventLoopUtilization() };
  },
};

// monitorEventLoopDelay({ resolution }): figures in nanoseconds, as node's IntervalHistogram.
class IntervalHistogram {
  #resolution;
  #enabled = false;
  constructor(resolution) {
    this.#resolution = resolution;
  }
  enable() {
    if (this.#enabled) return false;
    this.#enabled = true;
    natives.monitorDelay(true, this.#resolution);
    return true;
  }
  disable() {
    if (!this.#enabled) return false;
    this.#enabled = false;
    natives.monitorDelay(false);
    return true;
  }
  #figures() {
    return natives.delayFigures();
  }
  get count() { return this.#figures()[0]; }
  get min() { const f = this.#figures(); return f[0] === 0 ? 9223372036854776000 : f[1]; }
  get max() { return this.#figures()[2]; }
  get mean() { const f = this.#figures(); return f[0] === 0 ? NaN : f[3]; }
  get stddev() { return this.#figures()[0] === 0 ? NaN : 0; }
  get exceeds() { return 0; }
  percentile(p) {
    if (typeof p !== 'number') throw invalidArgType('percentile', 'number', p);
    if (!(p > 0 && p <= 100)) throw outOfRange('percentile', '> 0 && <= 100', p);
    const f = this.#figures();
    return p <= 50 ? f[4] : f[5];
  }
  reset() {}
}

function monitorEventLoopDelay(options = {}) {
  const resolution = options.resolution === undefined ? 10 : options.resolution;
  if (typeof resolution !== 'number') throw invalidArgType('options.resolution', 'number', resolution);
  if (resolution <= 0 || !Number.isSafeInteger(resolution)) {
    throw outOfRange('options.resolution', '> 0 && <= 9007199254740991', resolution);
  }
  return new IntervalHistogram(resolution);
}

module.exports = { performance, monitorEventLoopDelay, constants: {} };
