throw 'not an error';
