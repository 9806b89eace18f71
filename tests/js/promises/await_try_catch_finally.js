// await inside try/catch/finally: rejections become exceptions, finally runs after awaits.
async function fails(msg) { await null; throw new Error(msg); }
async function main() {
  try {
    await fails('first');
  } catch (e) {
    console.log('caught', e.message);
  } finally {
    console.log('finally 1');
  }
  try {
    await Promise.reject(new TypeError('rejected promise'));
  } catch (e) {
    console.log('caught', e.name, e.message);
  }
  const r = await fails('second').catch((e) => 'converted: ' + e.message);
  console.log(r);
  try {
    return await fails('returned');
  } catch (e) {
    console.log('return await is caught here:', e.message);
  } finally {
    await null;
    console.log('awaited in finally');
  }
  return 'end';
}
main().then((v) => console.log('main resolved with', v));
async function noAwaitReturn() {
  try {
    return fails('not awaited');
  } catch (e) {
    console.log('never: a returned promise is not caught');
  }
}
noAwaitReturn().catch((e) => console.log('the caller sees it instead:', e.message));
async function finallyOverride() {
  try {
    throw new Error('lost');
  } finally {
    return 'finally return wins';
  }
}
finallyOverride().then(console.log);
