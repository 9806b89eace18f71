// A Node module Looplab does not model yet: a named error listing the modelled ones.
require('net');
