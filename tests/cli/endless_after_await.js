async function f() { await null; for (;;) {} }
f().catch(() => console.log("rejected"));
