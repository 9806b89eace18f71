// The natives of lib/crypto.js: the algorithms of core/codec over Uint8Arrays, text encodings, a
// deterministic random source, and the thread-pool cost of the asynchronous forms.
//
// Natives only compute; lib/crypto.js decides when. An asynchronous call (crypto.pbkdf2) computes
// its result at once with a pure native, then hands the user's callback and that result to
// submit(), which queues the request's cost on the thread pool: the callback runs in the poll phase
// when the pool is done (results at submit time, see native_helpers.h). A Sync form computes the
// same and charge()s the same cost to the JS thread.
//
// Randomness is deterministic: lib/crypto.js owns the generator's state (a Uint32Array of four
// words, seeded with constants when the module loads), so every run of a script draws the same
// bytes and nothing outside the engine holds state.
#include <algorithm>
#include <cmath>
#include <string>

#include "core/binding/natives/native_helpers.h"
#include "core/binding/natives/natives.h"
#include "core/codec/base64.h"
#include "core/codec/hash.h"
#include "core/codec/hex.h"
#include "core/codec/hmac.h"
#include "core/codec/pbkdf2.h"
#include "core/codec/scrypt.h"
#include "core/js/runtime/string.h"
#include "core/js/runtime/typed_array.h"
#include "core/node/pool_requests.h"

namespace looplab::binding {

namespace {

using js::ArgList;
using js::Value;
using js::Vm;

std::string text_of(Value value) {
  return value.is_string() ? value.as_string()->to_utf8() : std::string();
}

double number_of(Value value) {
  return value.is_number() ? value.as_number() : 0;
}

std::int64_t integer_of(Value value) {
  const double d = number_of(value);
  return std::isfinite(d) ? static_cast<std::int64_t>(d) : 0;
}

// The bytes of a typed array argument (lib/crypto.js passes Uint8Arrays); empty otherwise.
codec::ByteView view_of(Value value) {
  if (!js::is_typed_array(value)) return {};
  const auto* array = static_cast<const js::TypedArrayObject*>(value.as_object());
  return {array->bytes(), array->byte_length()};
}

Value new_bytes(Vm& vm, codec::ByteView bytes) {
  js::TypedArrayObject* array =
      js::make_typed_array(vm, js::TypedArrayKind::kUint8, static_cast<double>(bytes.size()));
  if (array == nullptr) return Value::exception();
  std::copy(bytes.begin(), bytes.end(), array->bytes());
  return Value(array);
}

codec::HashKind kind_of(Value name) {
  return codec::hash_kind_from_name(text_of(name)).value_or(codec::HashKind::kSha256);
}

// toBytes(string, encoding) -> Uint8Array. Encodings as node's Buffer.from: utf8 (default),
// latin1/binary/ascii, hex (stops at the first pair that is not hex), base64/base64url,
// utf16le/ucs2.
Value crypto_to_bytes(Vm& vm, Value, ArgList args) {
  if (!args[0].is_string()) return new_bytes(vm, {});
  const std::u16string& text = args[0].as_string()->text();
  const std::string encoding = text_of(args[1]);
  codec::Bytes bytes;
  if (encoding == "latin1" || encoding == "binary" || encoding == "ascii") {
    for (const char16_t c : text) bytes.push_back(static_cast<std::uint8_t>(c & 0xff));
  } else if (encoding == "hex") {
    for (std::size_t i = 0; i + 1 < text.size(); i += 2) {
      const std::string pair{static_cast<char>(text[i] < 128 ? text[i] : 0),
                             static_cast<char>(text[i + 1] < 128 ? text[i + 1] : 0)};
      const std::optional<codec::Bytes> byte = codec::from_hex(pair);
      if (!byte) break;
      bytes.push_back((*byte)[0]);
    }
  } else if (encoding == "base64" || encoding == "base64url") {
    std::string ascii;
    for (const char16_t c : text) ascii += c < 128 ? static_cast<char>(c) : ' ';
    bytes = codec::from_base64(ascii);
  } else if (encoding == "utf16le" || encoding == "ucs2") {
    for (const char16_t c : text) {
      bytes.push_back(static_cast<std::uint8_t>(c & 0xff));
      bytes.push_back(static_cast<std::uint8_t>(c >> 8));
    }
  } else {
    const std::string utf8 = args[0].as_string()->to_utf8();
    bytes.assign(utf8.begin(), utf8.end());
  }
  return new_bytes(vm, bytes);
}

// fromBytes(uint8array, encoding) -> string: hex, base64, base64url, latin1/binary, ascii,
// utf16le/ucs2, or utf8 (anything else).
Value crypto_from_bytes(Vm& vm, Value, ArgList args) {
  const codec::ByteView bytes = view_of(args[0]);
  const std::string encoding = text_of(args[1]);
  if (encoding == "hex") return Value(vm.string(codec::to_hex(bytes)));
  if (encoding == "base64") return Value(vm.string(codec::to_base64(bytes)));
  if (encoding == "base64url") return Value(vm.string(codec::to_base64(bytes, true)));
  if (encoding == "latin1" || encoding == "binary" || encoding == "ascii") {
    const std::uint8_t mask = encoding == "ascii" ? 0x7f : 0xff;
    std::u16string text;
    for (const std::uint8_t byte : bytes) text += static_cast<char16_t>(byte & mask);
    return Value(vm.string(std::move(text)));
  }
  if (encoding == "utf16le" || encoding == "ucs2") {
    std::u16string text;
    for (std::size_t i = 0; i + 1 < bytes.size(); i += 2)
      text += static_cast<char16_t>(bytes[i] | (bytes[i + 1] << 8));
    return Value(vm.string(std::move(text)));
  }
  return Value(vm.string(std::string_view(reinterpret_cast<const char*>(bytes.data()), bytes.size())));
}

// isDigest(name) -> whether core/codec implements the algorithm.
Value crypto_is_digest(Vm&, Value, ArgList args) {
  return Value::boolean(codec::hash_kind_from_name(text_of(args[0])).has_value());
}

// digest(algorithm, chunks[, key]) -> Uint8Array: the hash of the Uint8Arrays in `chunks` (an
// array), or their HMAC when a key (Uint8Array) is given.
Value crypto_digest(Vm& vm, Value, ArgList args) {
  const codec::HashKind kind = kind_of(args[0]);
  const Value chunks = args[1];
  const std::int64_t count = chunks.is_object() ? integer_of(vm.get(chunks, "length")) : 0;
  if (js::is_typed_array(args[2])) {
    codec::Hmac mac(kind, view_of(args[2]));
    for (std::int64_t i = 0; i < count; ++i)
      mac.update(view_of(vm.get(chunks, vm.index_key(static_cast<std::uint32_t>(i)))));
    return new_bytes(vm, mac.digest());
  }
  std::unique_ptr<codec::Hash> hash = codec::make_hash(kind);
  for (std::int64_t i = 0; i < count; ++i)
    hash->update(view_of(vm.get(chunks, vm.index_key(static_cast<std::uint32_t>(i)))));
  return new_bytes(vm, hash->digest());
}

// pbkdf2(password, salt, iterations, keylen, digest) -> Uint8Array (arguments validated by
// lib/crypto.js).
Value crypto_pbkdf2(Vm& vm, Value, ArgList args) {
  return new_bytes(vm,
                   codec::pbkdf2(kind_of(args[4]), view_of(args[0]), view_of(args[1]),
                                 static_cast<std::uint64_t>(std::max<std::int64_t>(1, integer_of(args[2]))),
                                 static_cast<std::size_t>(std::max<std::int64_t>(0, integer_of(args[3])))));
}

// scrypt(password, salt, keylen, N, r, p) -> Uint8Array (parameters validated by lib/crypto.js).
Value crypto_scrypt(Vm& vm, Value, ArgList args) {
  codec::ScryptParams params;
  params.n = static_cast<std::uint64_t>(std::max<std::int64_t>(2, integer_of(args[3])));
  params.r = static_cast<std::uint32_t>(std::max<std::int64_t>(1, integer_of(args[4])));
  params.p = static_cast<std::uint32_t>(std::max<std::int64_t>(1, integer_of(args[5])));
  return new_bytes(vm,
                   codec::scrypt(view_of(args[0]), view_of(args[1]), params,
                                 static_cast<std::size_t>(std::max<std::int64_t>(0, integer_of(args[2])))));
}

// random(state, size) -> Uint8Array of `size` bytes from xoshiro128** over `state` (a Uint32Array
// of four words, advanced in place).
Value crypto_random(Vm& vm, Value, ArgList args) {
  if (!js::is_typed_array(args[0])) return vm.throw_type_error("random: the state must be a Uint32Array");
  auto* state_array = static_cast<js::TypedArrayObject*>(args[0].as_object());
  if (state_array->byte_length() < 16) return vm.throw_type_error("random: the state must hold four words");
  std::uint32_t s[4];
  for (int i = 0; i < 4; ++i) s[i] = codec::load_le32(state_array->bytes() + 4 * i);
  codec::Bytes bytes(static_cast<std::size_t>(std::max<std::int64_t>(0, integer_of(args[1]))));
  for (std::size_t i = 0; i < bytes.size(); i += 4) {
    const std::uint32_t result = codec::rotl32(s[1] * 5, 7) * 9;
    const std::uint32_t t = s[1] << 9;
    s[2] ^= s[0];
    s[3] ^= s[1];
    s[1] ^= s[2];
    s[0] ^= s[3];
    s[2] ^= t;
    s[3] = codec::rotl32(s[3], 11);
    for (std::size_t k = 0; k < 4 && i + k < bytes.size(); ++k)
      bytes[i + k] = static_cast<std::uint8_t>(result >> (8 * k));
  }
  for (int i = 0; i < 4; ++i) codec::store_le32(state_array->bytes() + 4 * i, s[i]);
  return new_bytes(vm, bytes);
}

// timingSafeEqual(a, b) -> whether the bytes are equal (lengths checked by lib/crypto.js).
Value crypto_equal(Vm&, Value, ArgList args) {
  const codec::ByteView a = view_of(args[0]);
  const codec::ByteView b = view_of(args[1]);
  return Value::boolean(a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin()));
}

// The thread-pool request of an operation: kind and its size arguments.
//   'pbkdf2', iterations, digest name    'scrypt', N, r, p    'randomBytes', size
node::PoolWork work_of(Vm& vm, ArgList args) {
  const node::PoolCosts& costs = state(vm).script.profile.pool;
  const std::string kind = text_of(args[0]);
  if (kind == "pbkdf2") {
    const codec::HashKind digest = kind_of(args[2]);
    return node::pbkdf2_request(
        costs, integer_of(args[1]),
        digest == codec::HashKind::kSha512 ? node::Digest::kSha512 : node::Digest::kSha256);
  }
  if (kind == "scrypt")
    return node::scrypt_request(costs, integer_of(args[1]), integer_of(args[2]), integer_of(args[3]));
  return node::random_bytes_request(costs, integer_of(args[1]));
}

// submit(kind, a, b, c, callback, ...args): queues the request's cost on the thread pool;
// callback(...args) runs in the poll phase when it is done.
Value crypto_submit(Vm& vm, Value, ArgList args) {
  if (!Vm::is_callable(args[4])) return vm.throw_type_error("submit: the callback must be a function");
  std::vector<Value> callback_args(args.begin() + std::min<std::size_t>(5, args.size()), args.end());
  submit_pool_work(vm, work_of(vm, args), args[4], std::move(callback_args));
  return Value::undefined();
}

// charge(kind, a, b, c): a Sync form's cost, spent on the JS thread.
Value crypto_charge(Vm& vm, Value, ArgList args) {
  const node::PoolWork work = work_of(vm, args);
  charge(vm, work.cpu + work.latency);
  return Value::undefined();
}

}  // namespace

js::Object* make_crypto_natives(js::Engine& engine) {
  Vm& vm = engine.vm();
  js::Object* natives = vm.new_object();
  vm.define_method(natives, "toBytes", crypto_to_bytes, 2);
  vm.define_method(natives, "fromBytes", crypto_from_bytes, 2);
  vm.define_method(natives, "isDigest", crypto_is_digest, 1);
  vm.define_method(natives, "digest", crypto_digest, 3);
  vm.define_method(natives, "pbkdf2", crypto_pbkdf2, 5);
  vm.define_method(natives, "scrypt", crypto_scrypt, 6);
  vm.define_method(natives, "random", crypto_random, 2);
  vm.define_method(natives, "timingSafeEqual", crypto_equal, 2);
  // Touching the runtime: host calls, so they happen at the caller's virtual time.
  natives->define(vm.key("submit"), Value(vm.new_native("submit", 5, crypto_submit, true)),
                  js::kDefaultAttrs);
  natives->define(vm.key("charge"), Value(vm.new_native("charge", 4, crypto_charge, true)),
                  js::kDefaultAttrs);
  return natives;
}

}  // namespace looplab::binding
