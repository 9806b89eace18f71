// A compact S-expression rendering of a syntax tree, for tests and debugging:
//   dump_ast(*parse_program("let x = 1 + 2 * 3;").program)
//     == "(program (let (x (+ 1 (* 2 3)))))"
// Every node kind has one spelling (see ast_dump.cpp); strings are quoted UTF-8, numbers are
// printed as JavaScript prints them.
#pragma once

#include <string>

#include "core/js/syntax/ast.h"

namespace looplab::js {

std::string dump_ast(const Node& node);

}  // namespace looplab::js
