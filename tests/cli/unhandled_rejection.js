// An async function rejects with nobody handling it: node points its header where the error was made.
async function load() {
  await null;
  throw new TypeError('bad config');
}
load();
