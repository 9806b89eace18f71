async function main() {
  for (let i = 0; i < 3; i++) {
    await new Promise(r => setTimeout(r, 10));
    console.log(`step ${i}`);
  }
  for await (const x of [1, 2]) console.log(x);
}
main().catch(e => console.error(e));
const f = async (a, ...b) => { try { return await a; } finally { b.pop(); } };
