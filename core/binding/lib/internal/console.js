'use strict';
// The console methods written in JavaScript, added to the C++ console (core/binding/console.cpp,
// which prints log/info/debug/error/warn): table, time/timeEnd/timeLog on the virtual clock,
// count/countReset, assert, dir, group/groupEnd (the indentation is applied by the C++ side to
// every line), trace.
const { inspect, format, setConsoleIndent } = binding('util');
const processNatives = binding('process');

function install(console) {
  const timers = new Map();
  const counts = new Map();
  let indent = 0;

  function nowMs() {
    return processNatives.uptimeNs() / 1e6;
  }
  function formatTime(ms) {
    if (ms >= 60000) {
      const minutes = Math.floor(ms / 60000);
      const seconds = ((ms - minutes * 60000) / 1000).toFixed(3).padStart(6, '0');
      return minutes + ':' + seconds + ' (m:ss.mmm)';
    }
    if (ms >= 1000) return (ms / 1000).toFixed(3) + 's';
    return ms.toFixed(3) + 'ms';
  }
  function warnNoLabel(label, method) {
    process.emitWarning("No such label '" + label + "' for console." + method + '()');
  }

  console.time = function time(label = 'default') {
    label = String(label);
    if (timers.has(label)) {
      process.emitWarning("Label '" + label + "' already exists for console.time()");
      return;
    }
    timers.set(label, nowMs());
  };
  console.timeEnd = function timeEnd(label = 'default') {
    label = String(label);
    if (!timers.has(label)) return warnNoLabel(label, 'timeEnd');
    const elapsed = nowMs() - timers.get(label);
    timers.delete(label);
    console.log('%s: %s', label, formatTime(elapsed));
  };
  console.timeLog = function timeLog(label = 'default', ...data) {
    label = String(label);
    if (!timers.has(label)) return warnNoLabel(label, 'timeLog');
    const elapsed = nowMs() - timers.get(label);
    console.log('%s: %s', label, formatTime(elapsed), ...data);
  };
  console.count = function count(label = 'default') {
    label = String(label);
    const n = (counts.get(label) || 0) + 1;
    counts.set(label, n);
    console.log('%s: %s', label, n);
  };
  console.countReset = function countReset(label = 'default') {
    label = String(label);
    if (!counts.has(label)) {
      process.emitWarning("Count for '" + label + "' does not exist");
      return;
    }
    counts.delete(label);
  };
  console.assert = function assert(expression, ...args) {
    if (expression) return;
    if (args.length > 0 && typeof args[0] === 'string') {
      args[0] = 'Assertion failed: ' + args[0];
      console.warn(...args);
    } else {
      console.warn('Assertion failed', ...args);
    }
  };
  console.dir = function dir(value, options) {
    console.log(inspect(value, Object.assign({ customInspect: false }, options)));
  };
  console.dirxml = console.log;
  console.group = function group(...label) {
    if (label.length > 0) console.log(...label);
    indent += 2;
    setConsoleIndent(indent);
  };
  console.groupCollapsed = console.group;
  console.groupEnd = function groupEnd() {
    indent = Math.max(0, indent - 2);
    setConsoleIndent(indent);
  };
  console.trace = function trace(...args) {
    const error = new Error(format(...args));
    error.name = 'Trace';
    const lines = error.stack.split('\n');
    lines.splice(1, 1);  // the frame of console.trace itself
    console.error(lines.join('\n'));
  };
  console.table = function table(data, properties) {
    if (data === null || typeof data !== 'object') return console.log(data);
    console.log(renderTable(data, properties));
  };
}

// ---- console.table ----
const kIndex = '(index)';
const kValues = 'Values';

function cell(value) {
  if (value === undefined) return '';
  const depth = value !== null && typeof value === 'object' && !Array.isArray(value) &&
    Object.keys(value).length > 2 ? -1 : 0;
  return inspect(value, { depth, breakLength: Infinity, maxArrayLength: 3 });
}

function renderTable(data, properties) {
  const isMap = data instanceof Map;
  const isSet = data instanceof Set;
  let entries;
  if (isMap) entries = [...data.entries()].map(([k, v], i) => [String(i), v, k]);
  else if (isSet) entries = [...data.values()].map((v, i) => [String(i), v]);
  else entries = Object.keys(data).map((k) => [k, data[k]]);

  const columns = [];
  const rows = [];
  let hasValues = false;
  for (const [key, value] of entries) {
    const row = { index: key, cells: new Map(), value: undefined, hasValue: false };
    if (value !== null && typeof value === 'object' && typeof value !== 'function') {
      for (const column of properties || Object.keys(value)) {
        if (!columns.includes(column)) columns.push(column);
        if (Object.prototype.hasOwnProperty.call(value, column)) row.cells.set(column, cell(value[column]));
      }
    } else {
      row.value = cell(value);
      row.hasValue = true;
      hasValues = true;
    }
    rows.push(row);
  }
  if (properties) {
    for (const column of properties) if (!columns.includes(column)) columns.push(column);
  }
  const head = [kIndex, ...columns.map(String)];
  if (hasValues) head.push(kValues);
  const body = rows.map((row) => {
    const line = [row.index, ...columns.map((c) => row.cells.get(c) || '')];
    if (hasValues) line.push(row.hasValue ? row.value : '');
    return line;
  });
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((line) => line[i].length)) + 2);
  const rule = (left, middle, right) => left + widths.map((w) => '─'.repeat(w)).join(middle) + right;
  const renderRow = (cells) => '│' + cells.map((c, i) => ' ' + c + ' '.repeat(widths[i] - c.length - 1)).join('│') + '│';
  return [rule('┌', '┬', '┐'), renderRow(head), rule('├', '┼', '┤'), ...body.map(renderRow),
    rule('└', '┴', '┘')].join('\n');
}

module.exports = { install };
