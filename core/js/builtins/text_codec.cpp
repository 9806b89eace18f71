// TextEncoder and TextDecoder (WHATWG Encoding: UTF-8, plus UTF-16LE and Latin-1 for the
// decoder) and the atob / btoa globals, as node 20 has them. A decoder's state (encoding, flags,
// the bytes of a sequence left unfinished by a `stream: true` call) lives in an internal object
// under a private symbol.
#include <string>

#include "core/js/builtins/builtin_helpers.h"
#include "core/js/builtins/builtins.h"
#include "core/js/builtins/web_helpers.h"
#include "core/js/runtime/byte_codec.h"
#include "core/js/runtime/conversions.h"
#include "core/js/runtime/typed_array.h"
#include "core/js/vm/vm.h"

namespace looplab::js {

namespace {

// ---- TextEncoder ----

Value encoder_ctor(Vm& vm, Value, ArgList) {
  if (vm.new_target().is_undefined()) {
    return vm.throw_type_error("Class constructor TextEncoder cannot be invoked without 'new'");
  }
  return Value(vm.new_object(
      vm.prototype_from_constructor(vm.new_target(), vm.current_native()->slot(0).as_object())));
}

Value encoder_encoding(Vm& vm, Value, ArgList) {
  return Value(vm.atom("utf-8"));
}

Value encoder_encode(Vm& vm, Value, ArgList args) {
  std::u16string text;
  if (!args[0].is_undefined()) {
    String* s = to_string(vm, args[0]);
    if (s == nullptr) return Value::exception();
    text = s->text();
  }
  std::vector<std::uint8_t> bytes = codec::utf8_encode(text);
  TypedArrayObject* out = make_typed_array(vm, TypedArrayKind::kUint8, static_cast<double>(bytes.size()));
  if (out == nullptr) return Value::exception();
  std::copy(bytes.begin(), bytes.end(), out->bytes());
  return Value(out);
}

Value encoder_encode_into(Vm& vm, Value, ArgList args) {
  String* s = to_string(vm, args[0]);
  if (s == nullptr) return Value::exception();
  if (!is_typed_array(args[1]) ||
      static_cast<TypedArrayObject*>(args[1].as_object())->kind() != TypedArrayKind::kUint8) {
    return web::throw_node_error(vm, ErrorType::kTypeError, "ERR_INVALID_ARG_TYPE",
                                 "The \"dest\" argument must be an instance of Uint8Array.");
  }
  auto* dest = static_cast<TypedArrayObject*>(args[1].as_object());
  const std::u16string& text = s->text();
  std::size_t read = 0, written = 0;
  while (read < text.size()) {
    std::size_t units = 1;
    char16_t c = text[read];
    if (c >= 0xD800 && c <= 0xDBFF && read + 1 < text.size() && text[read + 1] >= 0xDC00 &&
        text[read + 1] <= 0xDFFF) {
      units = 2;
    }
    std::vector<std::uint8_t> bytes = codec::utf8_encode(text.substr(read, units));
    if (written + bytes.size() > dest->length()) break;
    std::copy(bytes.begin(), bytes.end(), dest->bytes() + written);
    written += bytes.size();
    read += units;
  }
  Object* result = vm.new_object();
  result->define(vm.key("read"), Value(static_cast<double>(read)));
  result->define(vm.key("written"), Value(static_cast<double>(written)));
  return Value(result);
}

Value encoder_inspect(Vm& vm, Value, ArgList) {
  return Value(vm.string("{ encoding: 'utf-8' }"));
}

// ---- TextDecoder ----

enum class Encoding { kUtf8, kUtf16le, kLatin1 };

std::optional<std::pair<Encoding, const char*>> find_encoding(std::u16string label) {
  while (!label.empty() && (label.back() == u' ' || label.back() == u'\t' || label.back() == u'\n'))
    label.pop_back();
  std::size_t start = 0;
  while (start < label.size() && (label[start] == u' ' || label[start] == u'\t' || label[start] == u'\n'))
    ++start;
  label = label.substr(start);
  for (char16_t& c : label) {
    if (c >= u'A' && c <= u'Z') c = static_cast<char16_t>(c + 32);
  }
  if (label == u"utf-8" || label == u"utf8" || label == u"unicode-1-1-utf-8") {
    return std::pair{Encoding::kUtf8, "utf-8"};
  }
  if (label == u"utf-16le" || label == u"utf-16") return std::pair{Encoding::kUtf16le, "utf-16le"};
  if (label == u"latin1" || label == u"iso-8859-1" || label == u"ascii" || label == u"us-ascii" ||
      label == u"windows-1252" || label == u"l1" || label == u"iso8859-1" || label == u"cp1252") {
    return std::pair{Encoding::kLatin1, "windows-1252"};
  }
  return std::nullopt;
}

PropKey decoder_state_key(Vm& vm) {
  return PropKey(vm.current_native()->slot(0).as_symbol());
}

Object* decoder_state(Vm& vm, Value this_value) {
  if (this_value.is_object()) {
    auto d = this_value.as_object()->get_own_property(decoder_state_key(vm));
    if (d && d->value.is_object()) return d->value.as_object();
  }
  web::throw_node_error(vm, ErrorType::kTypeError, "ERR_INVALID_THIS",
                        "Value of \"this\" must be of type TextDecoder");
  return nullptr;
}

Value state_get(Vm& vm, Object* state, const char* name) {
  return state->get_own_property(vm.key(name))->value;
}

Value decoder_ctor(Vm& vm, Value, ArgList args) {
  if (vm.new_target().is_undefined()) {
    return vm.throw_type_error("Class constructor TextDecoder cannot be invoked without 'new'");
  }
  std::u16string label = u"utf-8";
  if (!args[0].is_undefined()) {
    String* s = to_string(vm, args[0]);
    if (s == nullptr) return Value::exception();
    label = s->text();
  }
  auto encoding = find_encoding(label);
  if (!encoding) {
    return web::throw_node_error(vm, ErrorType::kRangeError, "ERR_ENCODING_NOT_SUPPORTED",
                                 "The \"" + utf16_to_utf8(label) + "\" encoding is not supported");
  }
  bool fatal = false, ignore_bom = false;
  if (args[1].is_object()) {
    Value f = vm.get(args[1], "fatal");
    if (f.is_exception()) return f;
    Value i = vm.get(args[1], "ignoreBOM");
    if (i.is_exception()) return i;
    fatal = to_boolean(f);
    ignore_bom = to_boolean(i);
  } else if (!args[1].is_nullish()) {
    return web::throw_node_error(vm, ErrorType::kTypeError, "ERR_INVALID_ARG_TYPE",
                                 "The \"options\" argument must be of type object.");
  }
  Object* state = vm.new_object(nullptr);
  state->define(vm.key("kind"), Value(static_cast<double>(encoding->first)));
  state->define(vm.key("encoding"), Value(vm.atom(encoding->second)));
  state->define(vm.key("fatal"), Value::boolean(fatal));
  state->define(vm.key("ignoreBOM"), Value::boolean(ignore_bom));
  state->define(vm.key("bomSeen"), Value::boolean(false));
  state->define(vm.key("pending"), Value(vm.atom("")));  // unfinished bytes, one char per byte
  Object* o =
      vm.new_object(vm.prototype_from_constructor(vm.new_target(), vm.current_native()->slot(1).as_object()));
  o->define(decoder_state_key(vm), Value(state), 0);
  return Value(o);
}

Value decoder_decode(Vm& vm, Value this_value, ArgList args) {
  Object* state = decoder_state(vm, this_value);
  if (state == nullptr) return Value::exception();
  std::vector<std::uint8_t> bytes;
  for (char16_t c : state_get(vm, state, "pending").as_string()->text())
    bytes.push_back(static_cast<std::uint8_t>(c));
  if (is_typed_array(args[0])) {
    auto* view = static_cast<TypedArrayObject*>(args[0].as_object());
    bytes.insert(bytes.end(), view->bytes(), view->bytes() + view->byte_length());
  } else if (is_array_buffer(args[0])) {
    auto* buffer = static_cast<ArrayBufferObject*>(args[0].as_object());
    bytes.insert(bytes.end(), buffer->data().begin(), buffer->data().end());
  } else if (!args[0].is_undefined()) {
    return web::throw_node_error(
        vm, ErrorType::kTypeError, "ERR_INVALID_ARG_TYPE",
        "The \"input\" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.");
  }
  bool stream = false;
  if (args[1].is_object()) {
    Value s = vm.get(args[1], "stream");
    if (s.is_exception()) return s;
    stream = to_boolean(s);
  }
  bool fatal = state_get(vm, state, "fatal").as_boolean();
  auto kind = static_cast<Encoding>(static_cast<int>(state_get(vm, state, "kind").as_number()));
  std::u16string text;
  std::size_t keep = 0;
  if (kind == Encoding::kUtf8) {
    codec::Utf8Decoder decoder;
    auto decoded = decoder.decode(bytes.data(), bytes.size(), !stream, fatal);
    if (!decoded) {
      state->define(vm.key("pending"), Value(vm.atom("")));
      state->define(vm.key("bomSeen"), Value::boolean(false));
      return web::throw_node_error(vm, ErrorType::kTypeError, "ERR_ENCODING_INVALID_ENCODED_DATA",
                                   "The encoded data was not valid for encoding utf-8");
    }
    text = std::move(*decoded);
    keep = stream ? static_cast<std::size_t>(decoder.pending_bytes()) : 0;
  } else if (kind == Encoding::kUtf16le) {
    std::size_t usable = bytes.size() & ~std::size_t{1};
    text = codec::utf16le_decode(bytes.data(), usable);
    if (stream) {
      keep = bytes.size() - usable;
      if (!text.empty() && text.back() >= 0xD800 && text.back() <= 0xDBFF) {
        text.pop_back();
        keep += 2;
      }
    } else if (usable != bytes.size()) {
      text += u'\xFFFD';
    }
    for (std::size_t i = 0; i < text.size(); ++i) {
      char16_t c = text[i];
      bool high = c >= 0xD800 && c <= 0xDBFF, low = c >= 0xDC00 && c <= 0xDFFF;
      if (high && i + 1 < text.size() && text[i + 1] >= 0xDC00 && text[i + 1] <= 0xDFFF) {
        ++i;
      } else if (high || low) {
        text[i] = u'\xFFFD';
      }
    }
  } else {
    text = codec::latin1_decode(bytes.data(), bytes.size());
  }
  std::u16string pending(bytes.end() - static_cast<std::ptrdiff_t>(keep), bytes.end());
  state->define(vm.key("pending"), Value(vm.string(std::move(pending))));
  bool bom_seen = state_get(vm, state, "bomSeen").as_boolean();
  if (!bom_seen && !text.empty()) {
    if (kind != Encoding::kLatin1 && text[0] == 0xFEFF && !state_get(vm, state, "ignoreBOM").as_boolean()) {
      text.erase(0, 1);
    }
    bom_seen = true;
  }
  state->define(vm.key("bomSeen"), Value::boolean(stream && bom_seen));
  return Value(vm.string(std::move(text)));
}

Value decoder_encoding(Vm& vm, Value this_value, ArgList) {
  Object* state = decoder_state(vm, this_value);
  return state != nullptr ? state_get(vm, state, "encoding") : Value::exception();
}
Value decoder_fatal(Vm& vm, Value this_value, ArgList) {
  Object* state = decoder_state(vm, this_value);
  return state != nullptr ? state_get(vm, state, "fatal") : Value::exception();
}
Value decoder_ignore_bom(Vm& vm, Value this_value, ArgList) {
  Object* state = decoder_state(vm, this_value);
  return state != nullptr ? state_get(vm, state, "ignoreBOM") : Value::exception();
}
Value decoder_inspect(Vm& vm, Value this_value, ArgList) {
  Object* state = decoder_state(vm, this_value);
  if (state == nullptr) return Value::exception();
  auto flag = [&](const char* name) { return state_get(vm, state, name).as_boolean() ? "true" : "false"; };
  return Value(vm.string("TextDecoder { encoding: '" +
                         state_get(vm, state, "encoding").as_string()->to_utf8() +
                         "', fatal: " + flag("fatal") + ", ignoreBOM: " + flag("ignoreBOM") + " }"));
}

// ---- atob / btoa ----

Value missing_input(Vm& vm) {
  return web::throw_node_error(vm, ErrorType::kTypeError, "ERR_MISSING_ARGS",
                               "The \"input\" argument must be specified");
}

Value btoa(Vm& vm, Value, ArgList args) {
  if (args.size() == 0) return missing_input(vm);
  String* s = to_string(vm, args[0]);
  if (s == nullptr) return Value::exception();
  std::vector<std::uint8_t> bytes;
  bytes.reserve(s->length());
  for (char16_t c : s->text()) {
    if (c > 0xFF) return web::throw_dom_exception(vm, "Invalid character", "InvalidCharacterError");
    bytes.push_back(static_cast<std::uint8_t>(c));
  }
  return Value(vm.string(codec::base64_encode(bytes.data(), bytes.size(), false)));
}

// WHATWG forgiving-base64 decode, with node's error messages.
Value atob(Vm& vm, Value, ArgList args) {
  if (args.size() == 0) return missing_input(vm);
  String* s = to_string(vm, args[0]);
  if (s == nullptr) return Value::exception();
  std::size_t significant = 0, equals = 0;
  for (char16_t c : s->text()) {
    if (c == u'\t' || c == u'\n' || c == u'\f' || c == u'\r' || c == u' ') continue;
    bool alphabet = (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') ||
                    c == u'+' || c == u'/';
    if (c == u'=') {
      ++equals;
      ++significant;
      if (equals > 2) return web::throw_dom_exception(vm, "Invalid character", "InvalidCharacterError");
    } else if (alphabet) {
      if (equals > 0) return web::throw_dom_exception(vm, "Invalid character", "InvalidCharacterError");
      ++significant;
    } else {
      return web::throw_dom_exception(vm, "Invalid character", "InvalidCharacterError");
    }
  }
  std::size_t remainder = significant % 4;
  if (remainder == 0) {
    remainder = (significant - equals) % 4;
  } else if (equals > 0) {
    return web::throw_dom_exception(vm, "Invalid character", "InvalidCharacterError");
  }
  if (remainder == 1) {
    return web::throw_dom_exception(vm, "The string to be decoded is not correctly encoded.",
                                    "InvalidCharacterError");
  }
  std::vector<std::uint8_t> bytes = codec::base64_decode(s->text());
  return Value(vm.string(codec::latin1_decode(bytes.data(), bytes.size())));
}

}  // namespace

void install_text_codec(Realm& realm) {
  Vm& vm = realm.vm();
  PropKey inspect_key(web::registered_symbol(vm, "nodejs.util.inspect.custom"));
  PropKey tag_key(realm.symbol_to_string_tag);

  Object* ep = vm.new_object();
  NativeFunction* encoder = vm.new_native_constructor("TextEncoder", 0, encoder_ctor, ep);
  encoder->slots().push_back(Value(ep));
  vm.define_getter(ep, "encoding", encoder_encoding);
  vm.define_method(ep, "encode", encoder_encode, 0);
  vm.define_method(ep, "encodeInto", encoder_encode_into, 2);
  vm.define_method(ep, inspect_key, "[nodejs.util.inspect.custom]", encoder_inspect, 2);
  ep->define(tag_key, Value(vm.atom("TextEncoder")), kConfigurable);
  realm.define_global("TextEncoder", Value(encoder));

  Symbol* state = web::private_symbol(vm, "TextDecoder state");
  Object* dp = vm.new_object();
  NativeFunction* decoder = vm.new_native_constructor("TextDecoder", 0, decoder_ctor, dp);
  decoder->slots().push_back(Value(state));
  decoder->slots().push_back(Value(dp));
  auto with_state = [&](NativeFunction* fn) { fn->slots().push_back(Value(state)); };
  with_state(vm.define_method(dp, "decode", decoder_decode, 0));
  for (auto [name, fn] : {std::pair<const char*, NativeFn>{"encoding", decoder_encoding},
                          {"fatal", decoder_fatal},
                          {"ignoreBOM", decoder_ignore_bom}}) {
    NativeFunction* getter = vm.new_native(std::string("get ") + name, 0, fn);
    with_state(getter);
    dp->define_accessor(vm.key(name), Value(getter), Value::undefined(), kEnumerable | kConfigurable);
  }
  with_state(vm.define_method(dp, inspect_key, "[nodejs.util.inspect.custom]", decoder_inspect, 2));
  dp->define(tag_key, Value(vm.atom("TextDecoder")), kConfigurable);
  realm.define_global("TextDecoder", Value(decoder));

  realm.define_global("atob", Value(vm.new_native("atob", 1, atob)));
  realm.define_global("btoa", Value(vm.new_native("btoa", 1, btoa)));
}

}  // namespace looplab::js
