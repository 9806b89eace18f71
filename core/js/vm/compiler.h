// The compiler: AST (syntax/ast.h) to bytecode (bytecode.h), one Code per function.
//
// It runs after scope analysis (scope.h) has decided which bindings live in registers and which
// in Environments. Constructs it does not implement become a CompileError naming them ("X is not
// supported yet"), never a crash. Control flow out of `finally` blocks is compiled by inlining the
// finally body on every exit path (normal, break/continue/return, throw), so the VM needs no
// completion records and `await` can suspend anywhere inside.
#pragma once

#include <memory>
#include <optional>
#include <string>

#include "core/js/syntax/ast.h"
#include "core/js/vm/code.h"

namespace looplab::js {

class Vm;

struct CompileFailure {
  std::string message;
  std::uint32_t line = 0;
  std::uint32_t column = 0;
};

// Compiles a parsed script as a CommonJS module body: a function of (exports, require, module,
// __filename, __dirname). Returns its Code, or the first construct it cannot compile.
Code* compile_program(Vm& vm, const Program& program, std::shared_ptr<const SourceText> source,
                      std::optional<CompileFailure>& failure);

// Debugging aid: a readable listing of a Code's instructions.
std::string disassemble(const Code& code);

}  // namespace looplab::js
