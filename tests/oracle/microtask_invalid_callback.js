// queueMicrotask checks its callback synchronously.
try {
  queueMicrotask(42);
} catch (e) {
  console.log(e.name, e.code);
}
queueMicrotask(() => console.log('valid'));
