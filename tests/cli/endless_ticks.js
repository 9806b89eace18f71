function again() { process.nextTick(again); }
again();
