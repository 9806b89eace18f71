// The parser's entry point: script text in, a Program (ast.h) or a SyntaxErrorInfo out.
//
//   ParseResult r = parse_program(source);
//   if (r.error) print(r.error->format("/path/file.js"));
//   else compile(*r.program);
//
// The script is parsed as a CommonJS module body (ParseOptions::commonjs): a top-level `return`
// is allowed and `await` is an identifier outside async functions, as in node. Parsing stops at
// the first error, which carries V8's exact message and position. Features the engine does not
// run (generators, regular expressions, BigInt, ES modules, `with`) are syntax errors that name
// the feature. No input crashes or hangs the parser: nesting deeper than kMaxNestingDepth is an
// error, and the work is linear in the input.
#pragma once

#include <memory>
#include <optional>
#include <string>

#include "core/js/syntax/ast.h"
#include "core/js/syntax/syntax_error.h"

namespace looplab::js {

struct ParseOptions {
  bool commonjs = true;  // top-level `return` allowed, top-level `await` not
};

struct ParseResult {
  std::unique_ptr<Program> program;  // null when there is an error
  std::optional<SyntaxErrorInfo> error;
};

// Brackets, blocks and nested expressions deeper than this are rejected ("Too deeply nested").
// The bound keeps the recursive descent inside a browser's ~1 MB wasm call stack with room to
// spare: measured in wasm (-Os, node 20), the costliest nesting (`${` in templates, then `(`, `[`
// and `{`) uses about 0.8 KB per level, so 500 levels need about 400 KB. Real scripts nest a few
// dozen levels.
inline constexpr int kMaxNestingDepth = 500;

ParseResult parse_program(std::string source, const ParseOptions& options = {});

}  // namespace looplab::js
