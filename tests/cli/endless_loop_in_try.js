try { while (true) {} } catch (e) { console.log("caught", e); } finally { console.log("finally"); }
