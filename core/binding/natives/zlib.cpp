// The natives of lib/zlib.js: the codec's compressors and decompressors over Uint8Arrays, crc32,
// and the thread-pool cost of the asynchronous forms.
//
// As in crypto.cpp, natives only compute; lib/zlib.js computes the result when called, then either
// submit()s the request's cost to the thread pool (the callback gets the result in the poll
// phase) or charge()s it to the JS thread (the Sync forms). Compression costs per KB of input,
// decompression per KB of output (core/node/pool_requests.h).
#include <algorithm>
#include <cmath>
#include <string>

#include "core/binding/natives/native_helpers.h"
#include "core/binding/natives/natives.h"
#include "core/codec/checksums.h"
#include "core/codec/deflate.h"
#include "core/codec/framing.h"
#include "core/js/runtime/string.h"
#include "core/js/runtime/typed_array.h"
#include "core/node/pool_requests.h"

namespace looplab::binding {

namespace {

using js::ArgList;
using js::Value;
using js::Vm;

// The most bytes a decompression may produce here, whatever maxOutputLength says: beyond it the
// simulation would spend real memory and time on one call.
constexpr double kLargestOutput = 256.0 * 1024 * 1024;

std::string text_of(Value value) {
  return value.is_string() ? value.as_string()->to_utf8() : std::string();
}

double number_of(Value value, double fallback = 0) {
  return value.is_number() && std::isfinite(value.as_number()) ? value.as_number() : fallback;
}

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

// [message, code, errno] for lib/zlib.js to make node's error from.
Value failure_value(Vm& vm, const codec::ZFailure& failure, bool too_large) {
  if (too_large) {
    return Value(vm.new_array(
        {Value(vm.string(failure.message)), Value(vm.string("ERR_BUFFER_TOO_LARGE")), Value::undefined()}));
  }
  return Value(
      vm.new_array({Value(vm.string(failure.message)), Value(vm.string(codec::zstatus_code(failure.status))),
                    Value(static_cast<double>(static_cast<int>(failure.status)))}));
}

// run(mode, data, level, maxOutputLength) -> Uint8Array, or [message, code, errno] on bad input.
// mode: deflate, inflate, gzip, gunzip, deflateRaw, inflateRaw, unzip.
Value zlib_run(Vm& vm, Value, ArgList args) {
  const std::string mode = text_of(args[0]);
  const codec::ByteView data = view_of(args[1]);
  const int level = static_cast<int>(number_of(args[2], -1));
  const double limit = std::clamp(number_of(args[3], kLargestOutput), 0.0, kLargestOutput);
  const auto max_output = static_cast<std::size_t>(limit);
  if (mode == "deflate") return new_bytes(vm, codec::zlib_compress(data, level));
  if (mode == "gzip") return new_bytes(vm, codec::gzip_compress(data, level));
  if (mode == "deflateRaw") return new_bytes(vm, codec::deflate_raw(data, level));
  codec::Decoded decoded;
  if (mode == "inflate") {
    decoded = codec::zlib_decompress(data, max_output);
  } else if (mode == "gunzip") {
    decoded = codec::gzip_decompress(data, max_output);
  } else if (mode == "inflateRaw") {
    decoded = codec::inflate_raw(data, max_output);
  } else if (mode == "unzip") {
    decoded = codec::auto_decompress(data, max_output);
  } else {
    return vm.throw_type_error("zlib: unknown mode " + mode);
  }
  if (decoded.error) return failure_value(vm, *decoded.error, decoded.data.size() >= max_output);
  return new_bytes(vm, decoded.data);
}

// crc32(data, value) -> the CRC-32 of the Uint8Array, continuing from `value`.
Value zlib_crc32(Vm& vm, Value, ArgList args) {
  (void)vm;
  const double previous = number_of(args[1], 0);
  return Value(static_cast<double>(codec::crc32(view_of(args[0]), static_cast<std::uint32_t>(previous))));
}

// The pool request: compress (true) per KB of input, or decompress per KB of output.
node::PoolWork work_of(Vm& vm, ArgList args) {
  const bool compress = args[0].is_boolean() && args[0].as_boolean();
  return node::zlib_request(state(vm).script.profile.pool,
                            compress ? node::ZlibOp::kCompress : node::ZlibOp::kDecompress,
                            static_cast<std::int64_t>(number_of(args[1])));
}

// submit(compress, bytes, callback, ...args): callback(...args) runs in the poll phase when the
// pool has done the work.
Value zlib_submit(Vm& vm, Value, ArgList args) {
  if (!Vm::is_callable(args[2])) return vm.throw_type_error("submit: the callback must be a function");
  std::vector<Value> callback_args(args.begin() + std::min<std::size_t>(3, args.size()), args.end());
  submit_pool_work(vm, work_of(vm, args), args[2], std::move(callback_args));
  return Value::undefined();
}

// charge(compress, bytes): a Sync form's cost on the JS thread.
Value zlib_charge(Vm& vm, Value, ArgList args) {
  const node::PoolWork work = work_of(vm, args);
  charge(vm, work.cpu + work.latency);
  return Value::undefined();
}

}  // namespace

js::Object* make_zlib_natives(js::Engine& engine) {
  Vm& vm = engine.vm();
  js::Object* natives = vm.new_object();
  vm.define_method(natives, "run", zlib_run, 4);
  vm.define_method(natives, "crc32", zlib_crc32, 2);
  natives->define(vm.key("submit"), Value(vm.new_native("submit", 3, zlib_submit, true)), js::kDefaultAttrs);
  natives->define(vm.key("charge"), Value(vm.new_native("charge", 2, zlib_charge, true)), js::kDefaultAttrs);
  return natives;
}

}  // namespace looplab::binding
