// Promise.race, allSettled and any, on values that settle at different times.
const later = (v, ms) => new Promise((resolve) => setTimeout(() => resolve(v), ms));
const failLater = (v, ms) => new Promise((_, reject) => setTimeout(() => reject(new Error(v)), ms));
async function main() {
  console.log('race', await Promise.race([later('slow', 100), later('fast', 10)]));
  const settled = await Promise.allSettled([later('ok', 10), failLater('bad', 20)]);
  console.log('allSettled', settled.map((s) => s.status + ':' + (s.value || s.reason.message)).join(' '));
  console.log('any', await Promise.any([failLater('x', 10), later('y', 70)]));
  try {
    await Promise.any([failLater('p', 10), failLater('q', 20)]);
  } catch (e) {
    console.log(e.constructor.name, e.errors.map((x) => x.message).join(','));
  }
}
main();
