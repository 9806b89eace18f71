// The natives of lib/dns.js: answers from the scenario's table of host names (ScriptContext::hosts;
// "localhost" is always there). dns.lookup is getaddrinfo on the thread pool (slow I/O);
// dns.resolve4 asks a DNS server over the network, never the pool.
#include "core/binding/natives/native_helpers.h"
#include "core/binding/natives/natives.h"
#include "core/node/pool_requests.h"

namespace looplab::binding {

namespace {

using js::ArgList;
using js::Value;
using js::Vm;

// The addresses of `host`, in the table's order (empty: not found).
std::vector<std::string> addresses_of(Vm& vm, const std::string& host) {
  std::vector<std::string> found;
  for (const auto& [name, address] : state(vm).script.hosts) {
    if (name == host) found.push_back(address);
  }
  if (found.empty() && host == "localhost") found.push_back("127.0.0.1");
  // A literal address resolves to itself, as getaddrinfo does.
  if (found.empty() && !host.empty() && host.find_first_not_of("0123456789.") == std::string::npos) {
    found.push_back(host);
  }
  return found;
}

Value addresses_array(Vm& vm, const std::vector<std::string>& addresses) {
  std::vector<Value> items;
  for (const std::string& address : addresses) items.emplace_back(vm.string(address));
  return Value(vm.new_array(items));
}

// lookup(host, callback): callback(addresses) in the poll phase, after getaddrinfo on the pool.
Value lookup(Vm& vm, Value, ArgList args) {
  const std::string host = args[0].is_string() ? args[0].as_string()->to_utf8() : std::string();
  const Value addresses = addresses_array(vm, addresses_of(vm, host));
  submit_pool_work(vm, node::dns_lookup_request(state(vm).script.profile.pool, host), args[1], {addresses});
  return Value::undefined();
}

// resolve4(host, callback): over the network (the lookup cost is its latency), not the pool.
Value resolve4(Vm& vm, Value, ArgList args) {
  const std::string host = args[0].is_string() ? args[0].as_string()->to_utf8() : std::string();
  const Value addresses = addresses_array(vm, addresses_of(vm, host));
  await_network(vm, "dns.resolve4 " + host, state(vm).script.profile.pool.dns_lookup, args[1], {addresses});
  return Value::undefined();
}

}  // namespace

js::Object* make_dns_natives(js::Engine& engine) {
  Vm& vm = engine.vm();
  js::Object* natives = vm.new_object();
  natives->define(vm.key("lookup"), Value(vm.new_native("lookup", 2, lookup, true)), js::kDefaultAttrs);
  natives->define(vm.key("resolve4"), Value(vm.new_native("resolve4", 2, resolve4, true)), js::kDefaultAttrs);
  return natives;
}

}  // namespace looplab::binding
