// The one-piece "bases" printed before or instead of braces: functions ("[Function: f]",
// "[class B extends A]"), boxed primitives ("[Number: 3]") and errors (the stack, improved with
// the constructor's name, indented, with the frames shared with the cause folded).
#include <algorithm>

#include "core/js/inspect/inspector.h"
#include "core/js/runtime/conversions.h"

namespace looplab::js::inspect_detail {

std::u16string Inspector::class_base(FunctionObject* fn, const CtorName& ctor, const std::u16string& tag) {
  std::u16string name = u"(anonymous)";
  if (fn->has_own_property(m_vm.key("name"))) {
    Value n = get(Value(fn), "name");
    if (to_boolean(n)) name = js_string(n);
  }
  std::u16string base = u"class " + name;
  if (ctor && *ctor != u"Function") base += u" [" + *ctor + u"]";
  if (!tag.empty() && ctor != tag) base += u" [" + tag + u"]";
  if (ctor) {
    Object* super = fn->prototype();
    if (super != nullptr) {
      Value super_name = get(Value(super), "name");
      if (to_boolean(super_name)) base += u" extends " + js_string(super_name);
    }
  } else {
    base += u" extends [null prototype]";
  }
  return u"[" + base + u"]";
}

std::u16string Inspector::function_base(FunctionObject* fn, const CtorName& ctor, const std::u16string& tag) {
  bool is_async = false;
  if (fn->flavor() == FunctionFlavor::kClosure) {
    auto* closure = static_cast<ClosureFunction*>(fn);
    if (closure->is_class_constructor()) return class_base(fn, ctor, tag);
    is_async = closure->is_async();
  }
  std::u16string type = is_async ? u"AsyncFunction" : u"Function";
  std::u16string base = u"[" + type;
  if (!ctor) base += u" (null prototype)";
  Value name = get(Value(fn), "name");
  if (name.is_string() && name.as_string()->length() == 0) {
    base += u" (anonymous)";
  } else {
    base += u": " + js_string(name);
  }
  base += u"]";
  if (ctor && *ctor != type) base += u" " + *ctor;
  if (!tag.empty() && ctor != tag) base += u" [" + tag + u"]";
  return base;
}

std::u16string Inspector::boxed_base(PrimitiveObject* o, std::vector<PropKey>& keys, const CtorName& ctor,
                                     const std::u16string& tag) {
  std::u16string type;
  switch (o->object_class()) {
    case ObjectClass::kNumber:
      type = u"Number";
      break;
    case ObjectClass::kString: {
      type = u"String";
      // The character indices are noise: drop the first `length` keys.
      std::size_t n =
          std::min(keys.size(), o->primitive().is_string() ? o->primitive().as_string()->length() : 0);
      keys.erase(keys.begin(), keys.begin() + static_cast<std::ptrdiff_t>(n));
      break;
    }
    case ObjectClass::kBoolean:
      type = u"Boolean";
      break;
    default:
      type = u"Symbol";
      break;
  }
  std::u16string base = u"[" + type;
  if (ctor != type) base += ctor ? u" (" + *ctor + u")" : u" (null prototype)";
  base += u": " + format_primitive(o->primitive(), false) + u"]";
  if (!tag.empty() && ctor != tag) base += u" [" + tag + u"]";
  if (!keys.empty() || !m_opts.colors) return base;
  std::string style;
  for (char16_t c : type) style += static_cast<char>(c >= u'A' && c <= u'Z' ? c - u'A' + u'a' : c);
  return stylize(base, style);
}

// ---- Errors ----

std::u16string Inspector::stack_string(Object* err) {
  Value stack = get(Value(err), "stack");
  if (m_threw) return u"";
  if (to_boolean(stack)) return js_string(stack);
  // Error.prototype.toString.
  Value name = get(Value(err), "name");
  std::u16string name_s = name.is_undefined() ? u"Error" : js_string(name);
  Value msg = get(Value(err), "message");
  std::u16string msg_s = msg.is_undefined() ? u"" : js_string(msg);
  if (name_s.empty()) return msg_s;
  if (msg_s.empty()) return name_s;
  return name_s + u": " + msg_s;
}

std::u16string Inspector::improve_stack(std::u16string stack, const CtorName& ctor,
                                        const std::u16string& name, const std::u16string& tag) {
  // Only "regular" stacks, which start with an error name, get the constructor's name.
  std::size_t len = name.size();
  auto ends_with_error = name.size() >= 5 && name.compare(name.size() - 5, 5, u"Error") == 0;
  bool looks_normal = ends_with_error && stack.compare(0, len, name) == 0 &&
                      (stack.size() == len || stack[len] == u':' || stack[len] == u'\n');
  if (!ctor || looks_normal) {
    std::u16string fallback = u"Error";
    if (!ctor) {
      // /^([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n {4}at)/ or /^([a-z_A-Z0-9-]*Error)$/
      auto word = [](char16_t c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') ||
               c == u'_' || c == u'-';
      };
      std::u16string found;
      if (!stack.empty() && stack[0] >= u'A' && stack[0] <= u'Z') {
        std::size_t i = 1;
        while (i < stack.size() && (word(stack[i]) || stack[i] == u' ' || stack[i] == u'[' ||
                                    stack[i] == u']' || stack[i] == u'(' || stack[i] == u')')) {
          ++i;
        }
        if (i > 1 && i < stack.size() && (stack[i] == u':' || stack.compare(i, 7, u"\n    at") == 0)) {
          found = stack.substr(0, i);
        }
      }
      if (found.empty() && stack.size() >= 5 && stack.compare(stack.size() - 5, 5, u"Error") == 0 &&
          std::all_of(stack.begin(), stack.end(), word)) {
        found = stack;
      }
      len = found.size();
      fallback = found.empty() ? u"Error" : found;
    }
    std::u16string prefix = get_prefix(ctor, tag, fallback);
    prefix.pop_back();
    if (name != prefix) {
      if (contains(prefix, name)) {
        stack = len == 0 ? prefix + u": " + stack : prefix + stack.substr(std::min(len, stack.size()));
      } else {
        stack = prefix + u" [" + name + u"]" + stack.substr(std::min(len, stack.size()));
      }
    }
  }
  return stack;
}

// getStackFrames: the frame lines, with the frames an error shares with its cause folded into
// "... n lines matching cause stack trace ...".
std::vector<std::u16string> Inspector::stack_frames(Object* err, const std::u16string& frames_text) {
  std::vector<std::u16string> frames = split_lines(frames_text);
  Value cause = Value::undefined();
  if (m_threw) return frames;
  if (m_opts.run_user_code) {
    cause = m_vm.get(Value(err), m_vm.key("cause"));
    if (cause.is_exception()) {
      m_vm.take_exception();  // a throwing `cause` getter is ignored
      cause = Value::undefined();
    }
  } else {
    cause = get(Value(err), "cause");
  }
  if (!cause.is_object() || !is_error(cause.as_object())) return frames;
  std::u16string cause_stack = stack_string(cause.as_object());
  std::size_t start = cause_stack.find(u"\n    at");
  if (start == std::u16string::npos) return frames;
  std::vector<std::u16string> cause_frames = split_lines(cause_stack.substr(start + 1));
  // identicalSequenceRange: the first run of more than three frames found in both.
  for (std::size_t i = 0; i + 3 < frames.size(); ++i) {
    auto pos_it = std::find(cause_frames.begin(), cause_frames.end(), frames[i]);
    if (pos_it == cause_frames.end()) continue;
    auto pos = static_cast<std::size_t>(pos_it - cause_frames.begin());
    std::size_t rest = cause_frames.size() - pos;
    if (rest <= 3) continue;
    std::size_t len = 1;
    std::size_t max_len = std::min(frames.size() - i, rest);
    while (max_len > len && frames[i + len] == cause_frames[pos + len]) ++len;
    if (len > 3) {
      std::size_t skipped = len - 2;
      std::u16string msg =
          u"    ... " + ascii(std::to_string(skipped)) + u" lines matching cause stack trace ...";
      frames.erase(frames.begin() + static_cast<std::ptrdiff_t>(i + 1),
                   frames.begin() + static_cast<std::ptrdiff_t>(i + 1 + skipped));
      frames.insert(frames.begin() + static_cast<std::ptrdiff_t>(i + 1), stylize(msg, "undefined"));
      break;
    }
  }
  return frames;
}

std::u16string Inspector::format_error(Object* err, const CtorName& ctor, const std::u16string& tag,
                                       std::vector<PropKey>& keys) {
  Value name_v = get(Value(err), "name");
  std::u16string name = name_v.is_nullish() ? u"Error" : js_string(name_v);
  std::u16string stack = stack_string(err);
  if (m_threw) return u"";

  // Own name/message/stack properties already shown by the stack are not repeated.
  if (!m_opts.show_hidden && !keys.empty()) {
    for (const char* n : {"name", "message", "stack"}) {
      PropKey k = m_vm.key(n);
      auto it = std::find(keys.begin(), keys.end(), k);
      if (it != keys.end() && contains(stack, js_string(get(Value(err), k)))) keys.erase(it);
    }
  }
  PropKey cause_key = m_vm.key("cause");
  if (err->has_property(cause_key) && std::find(keys.begin(), keys.end(), cause_key) == keys.end()) {
    keys.push_back(cause_key);
  }
  PropKey errors_key = m_vm.key("errors");
  Value errors = get(Value(err), errors_key);
  if (errors.is_object() && errors.as_object()->is_array() &&
      std::find(keys.begin(), keys.end(), errors_key) == keys.end()) {
    keys.push_back(errors_key);
  }
  stack = improve_stack(stack, ctor, name, tag);
  if (m_threw) return u"";

  // Look for the frames after the message (a message may itself contain "\n    at").
  Value message = get(Value(err), "message");
  std::size_t from = 0;
  if (to_boolean(message) && message.is_string()) {
    std::size_t pos = stack.find(message.as_string()->text());
    if (pos != std::u16string::npos && pos != 0) from = pos + message.as_string()->length();
  }
  std::size_t stack_start = stack.find(u"\n    at", from);
  if (stack_start == std::u16string::npos) {
    stack = u"[" + stack + u"]";
  } else {
    std::u16string head = stack.substr(0, stack_start);
    std::vector<std::u16string> lines = stack_frames(err, stack.substr(stack_start + 1));
    for (const std::u16string& line : lines) {
      head += u"\n";
      head += m_opts.colors && line.rfind(u"    at node:", 0) == 0 ? stylize(line, "undefined") : line;
    }
    stack = head;
  }
  if (m_indentation != 0) replace_all(stack, u'\n', u"\n" + spaces(m_indentation));
  return stack;
}

}  // namespace looplab::js::inspect_detail
