const o = { get x() { for (;;) {} } };
try { o.x; } catch (e) { console.log("caught"); }
console.log("after");
