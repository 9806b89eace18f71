// process.nextTick checks its callback synchronously.
for (const value of [42, 'text', undefined, null, {}]) {
  try {
    process.nextTick(value);
    console.log('accepted', value);
  } catch (e) {
    console.log(e.name, e.code);
  }
}
