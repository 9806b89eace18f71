// process.memoryUsage(), cpuUsage() and uptime() report numbers with fixed keys.
const mem = process.memoryUsage();
console.log(Object.keys(mem).join(','));
console.log(Object.values(mem).every((v) => typeof v === 'number' && v >= 0));
const cpu = process.cpuUsage();
console.log(Object.keys(cpu).join(','), typeof cpu.user, typeof cpu.system);
console.log(typeof process.uptime(), process.uptime() >= 0);
console.log(typeof process.memoryUsage.rss());
