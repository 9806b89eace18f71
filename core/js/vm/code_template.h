// A compiled script kept outside any engine, to be copied into many.
//
// Compiling is most of what a run costs: the library modules and the prelude are the same text in
// every run, yet each new Engine parsed and compiled them again. A CodeTemplate is the Code tree
// of one compiled script with every heap reference replaced by plain data (atoms by their text,
// nested functions by their index in the tree), so it can outlive the engine that compiled it and
// be instantiated in another at the cost of copying vectors and interning atoms.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "core/js/vm/code.h"

namespace looplab::js {

class Heap;

struct CodeTemplate {
  struct Constant {
    enum class Kind : std::uint8_t { kPrimitive, kAtom, kCode };
    Kind kind = Kind::kPrimitive;
    std::uint64_t bits =
        0;                // kPrimitive: the Value's bits (numbers, booleans...); kCode: the index in `codes`
    std::u16string text;  // kAtom
  };
  struct Function {
    CodeInfo info;
    std::vector<Constant> constants;
  };
  std::vector<Function> codes;  // codes[0] is the script; nested functions follow it
};

// The template of a freshly compiled script, or null when one of its constants cannot be kept
// outside the heap (a tagged template's strings array, which is an object): such a script is
// compiled again each time.
std::shared_ptr<const CodeTemplate> freeze_code(const Code& script);

// A new Code in `heap` for the template's script, equal to the one freeze_code saw once its
// constants are filled: they stay in the template (Code::constants_pending) until
// fill_constants, which the interpreter calls on the code's first frame. Nested functions are
// made as their parent's constants are filled, so a function never called costs one Code.
Code* instantiate_code(Heap& heap, std::shared_ptr<const CodeTemplate> tmpl);

// Fills a pending Code's constants (atoms interned in `heap`, nested functions made pending).
void fill_constants(Heap& heap, Code& code);

}  // namespace looplab::js
