// The Inspector behind util.inspect (inspect.h), shared by the files that implement it:
// inspector.cpp (values, properties, constructor names, formatRaw), inspect_collections.cpp
// (arrays, Map, Set, iterators, promises) and inspect_bases.cpp (functions, classes, boxed
// primitives, errors). Internal to core/js/inspect.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/js/inspect/inspect.h"
#include "core/js/inspect/layout.h"
#include "core/js/inspect/text.h"
#include "core/js/runtime/typed_array.h"
#include "core/js/vm/vm.h"

namespace looplab::js::inspect_detail {

using inspect_layout::Extras;
using inspect_text::ascii;

// formatProperty's `type`: a property of an object, an element of an array (printed without its
// key), or an extra (non-index) property of an array.
enum class PropType { kObject, kArrayElement, kArrayExtra };

// Constructor name as node's getConstructorName returns it: a name, or null (no prototype).
using CtorName = std::optional<std::u16string>;

// How many objects deep an inspection may nest (see Inspector::format_raw).
constexpr std::size_t kMaxNesting = 500;

std::u16string spaces(int n);
bool contains(const std::u16string& haystack, const std::u16string& needle);
void replace_all(std::u16string& text, char16_t from, const std::u16string& to);
std::vector<std::u16string> split_lines(const std::u16string& text);
std::u16string remaining_text(double remaining);  // "... n more items"
// The registered symbol Symbol.for('nodejs.util.inspect.custom'), if the program made it.
Symbol* custom_inspect_symbol(Realm& realm);
// An own property; an array index whose dense slot is a hole may live in the ordinary table.
std::optional<PropertyDescriptor> own_property(Object* o, PropKey key);
// getPrefix: "Foo ", "Foo [tag] ", "[Object: null prototype] ", with an optional "(size)".
std::u16string get_prefix(const CtorName& ctor, const std::u16string& tag, const std::u16string& fallback,
                          const std::u16string& size = u"");
// A util.inspect function value, passed to custom inspectors (inspect.cpp).
Value make_inspect_function(Vm& vm);

// One inspection: node's `ctx`. format_value(value, 0) gives util.inspect's text; when user code
// it ran threw, threw() is set, the exception is pending on the vm and the text is meaningless.
// Function names follow node's: format_value -> format_raw (braces, prefix, keys) -> a
// formatter for the kind plus format_property per key -> reduce_to_single_string (layout.h).
class Inspector {
 public:
  Inspector(Vm& vm, const InspectOptions& options) : m_vm(vm), m_realm(vm.realm()), m_opts(options) {
    m_depth = options.depth;
    m_custom_symbol =
        options.custom_inspect && options.run_user_code ? custom_inspect_symbol(m_realm) : nullptr;
  }

  bool threw() const { return m_threw; }

  std::u16string format_value(Value value, int recurse_times);

 private:
  // ---- Reading values (may run user code) ----
  Value get(Value target, PropKey key);
  Value get(Value target, std::string_view name) { return get(target, m_vm.key(name)); }
  std::u16string js_string(Value v);  // String(v)
  bool has_own_enumerable(Object* o, PropKey key);
  bool instance_of(Object* o, Value ctor);
  bool is_error(Object* o);

  std::u16string stylize(const std::u16string& text, std::string_view style) const {
    return m_opts.colors ? inspect_text::colorize(text, style) : text;
  }

  // ---- Node's helpers ----
  std::u16string format_primitive(Value v, bool colors);
  std::u16string format_number(double d, bool colors);
  std::u16string format_raw(Object* o, int recurse_times);
  bool try_custom_inspect(Object* o, int recurse_times, std::u16string& out);
  std::u16string circular_reference(Object* o);
  CtorName constructor_name(Object* o, int recurse_times, std::vector<std::u16string>* proto_props);
  void add_prototype_properties(Object* main, Object* obj, int recurse_times,
                                std::vector<std::u16string>& output);
  std::u16string internal_constructor_name(Object* o);
  std::vector<PropKey> get_keys(Object* o);
  std::vector<PropKey> non_index_keys(ArrayObject* a);
  std::u16string format_property(Object* holder, int recurse_times, PropKey key, PropType type,
                                 std::optional<PropertyDescriptor> desc = std::nullopt,
                                 Object* original = nullptr);
  std::vector<std::u16string> format_array(ArrayObject* a, int recurse_times);
  void format_special_array(ArrayObject* a, int recurse_times, std::uint32_t max_length,
                            std::vector<std::u16string>& output, std::uint32_t first_hole);
  std::vector<std::u16string> format_set(MapObject* s, int recurse_times);
  std::vector<std::u16string> format_map(MapObject* m, int recurse_times);
  std::vector<std::u16string> format_iterator(IteratorObject* it, int recurse_times, std::u16string& open);
  std::vector<std::u16string> format_promise(PromiseObject* p, int recurse_times);
  std::u16string function_base(FunctionObject* fn, const CtorName& ctor, const std::u16string& tag);
  std::u16string class_base(FunctionObject* fn, const CtorName& ctor, const std::u16string& tag);
  std::u16string boxed_base(PrimitiveObject* o, std::vector<PropKey>& keys, const CtorName& ctor,
                            const std::u16string& tag);
  std::u16string format_error(Object* err, const CtorName& ctor, const std::u16string& tag,
                              std::vector<PropKey>& keys);
  std::u16string stack_string(Object* err);
  std::u16string improve_stack(std::u16string stack, const CtorName& ctor, const std::u16string& name,
                               const std::u16string& tag);
  std::vector<std::u16string> stack_frames(Object* err, const std::u16string& frames_text);
  bool array_numbers_only(ArrayObject* a, std::size_t count);
  // Typed arrays and ArrayBuffer (inspect_typed.cpp).
  std::vector<PropKey> typed_array_keys(TypedArrayObject* ta);
  std::vector<std::u16string> format_typed_array(TypedArrayObject* ta, int recurse_times);
  std::vector<std::u16string> format_array_buffer(ArrayBufferObject* buffer);

  inspect_layout::LayoutState layout() const {
    inspect_layout::LayoutState s;
    s.compact = m_opts.compact;
    s.break_length = m_opts.break_length;
    s.indentation = m_indentation;
    s.current_depth = m_current_depth;
    s.colors = m_opts.colors;
    s.max_array_length = m_opts.max_array_length;
    return s;
  }
  bool beyond_depth(int recurse_times) const {
    return m_depth != InspectOptions::kUnlimited && recurse_times > m_depth;
  }

  Vm& m_vm;
  Realm& m_realm;
  InspectOptions m_opts;
  int m_depth;                        // ctx.depth: set to -1 once the output budget is spent
  Symbol* m_custom_symbol = nullptr;  // Symbol.for('nodejs.util.inspect.custom'), if it exists
  int m_indentation = 0;              // ctx.indentationLvl: columns the current entry is indented by
  int m_current_depth = 0;            // ctx.currentDepth: depth of the object entered last
  std::vector<Object*> m_seen;        // ctx.seen: the objects from the root to the current one
  std::vector<Object*> m_circular;    // ctx.circular: targets of [Circular *n], n = index + 1
  std::map<int, double> m_budget;     // ctx.budget: output length per indentation level
  bool m_threw = false;               // user code threw: stop and report
  bool m_buffer_of_view = false;      // formatValue's `typedArray`: the .buffer of a typed array (showHidden)
};

}  // namespace looplab::js::inspect_detail
