// libFuzzer target for the JavaScript lexer and parser (built and run by tests/fuzz/run.sh).
// Any input must parse or give a syntax error positioned inside the source; sanitizers catch
// memory errors, undefined behaviour and stack overflows.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "core/js/syntax/ast_dump.h"
#include "core/js/syntax/parser.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string source(reinterpret_cast<const char*>(data), size);
  looplab::js::ParseResult result = looplab::js::parse_program(source);
  if (result.error) {
    const auto& e = *result.error;
    if (e.message.empty() || e.offset > source.size() || e.line < 1 || e.column < 1 ||
        e.column > e.source_line.size() + 1) {
      std::abort();
    }
    (void)e.format("fuzz.js");
  } else {
    if (!result.program) std::abort();
    (void)looplab::js::dump_ast(*result.program);
  }
  return 0;
}
