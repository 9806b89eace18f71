// process.nextTick, process.exit and friends are functions; process.exitCode starts undefined.
for (const name of ['nextTick', 'exit', 'on', 'once', 'off', 'emit', 'hrtime', 'memoryUsage', 'cpuUsage', 'uptime', 'emitWarning', 'cwd']) {
  console.log(name, typeof process[name]);
}
console.log('exitCode', process.exitCode);
