// Throwing a plain object: node prints it as util.inspect would.
throw { code: 'E_PLAIN', detail: [1, 2] };
