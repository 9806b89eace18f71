// process.platform, version, versions, pid, arch.
console.log(process.platform);
console.log(process.version.startsWith('v20.'), process.versions.node === process.version.slice(1));
console.log(typeof process.pid, Number.isInteger(process.pid) && process.pid > 0);
console.log(typeof process.arch, typeof process.versions.v8);
console.log(process.release.name);
