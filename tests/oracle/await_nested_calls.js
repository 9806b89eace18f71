// Nested async calls resume from the innermost outward.
async function c() { await null; console.log('c resumed'); return 'c'; }
async function b() { const v = await c(); console.log('b resumed with', v); return 'b'; }
async function a() { const v = await b(); console.log('a resumed with', v); }
a();
process.nextTick(() => console.log('tick'));
console.log('sync');
