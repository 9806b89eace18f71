// The engine as the runtime sees it: compiled scripts and functions become JsCallables whose jobs
// run the interpreter until the callback ends or reaches a host call that must wait for its
// virtual time (js_job.h). Promise jobs are JsCallables too, queued on the runtime's microtask
// queue the moment the promise machinery makes them.
#include "core/js/runtime/conversions.h"
#include "core/js/runtime/engine.h"
#include "core/js/runtime/promise.h"
#include "core/js/syntax/parser.h"
#include "core/js/vm/async_function.h"
#include "core/js/vm/code_template.h"
#include "core/js/vm/compiler.h"
#include "core/js/vm/interpreter.h"

namespace looplab::js {

CompileResult Engine::compile(std::string source, std::string filename) {
  CompileResult out;
  CompileCache& cache = CompileCache::process();
  Code* code = nullptr;
  if (std::optional<CachedCompile> hit = cache.find(filename, source)) {
    if (hit->error) {
      out.error = hit->error;
      return out;
    }
    code = instantiate_code(m_heap, hit->code);
  } else {
    CachedCompile compiled = compile_uncached(source, filename, code);
    if (compiled.error) {
      out.error = compiled.error;
    }
    if (compiled.code || compiled.error) cache.store(filename, source, std::move(compiled));
    if (out.error) return out;
  }
  auto* fn = m_heap.make<ClosureFunction>(m_realm->function_prototype, code, nullptr);
  m_vm->set_function_name_length(fn, Value(m_heap.intern_utf8("")), 5);
  auto script = std::make_shared<Script>();
  script->function = Persistent(m_heap, Value(static_cast<Object*>(fn)));
  script->filename = filename;
  out.script = script;
  return out;
}

// Parses and compiles; sets `code` on success and returns what the cache may keep (the template,
// or null when the script's constants cannot be frozen; or the error).
CachedCompile Engine::compile_uncached(const std::string& source, const std::string& filename, Code*& code) {
  CachedCompile out;
  ParseResult parsed = parse_program(source);
  if (parsed.error) {
    CompileError e;
    e.message = parsed.error->message;
    e.line = parsed.error->line;
    e.column = parsed.error->column;
    e.formatted = parsed.error->format(filename);
    out.error = e;
    return out;
  }
  auto text = std::make_shared<SourceText>(SourceText{filename, source});
  std::optional<CompileFailure> failure;
  code = compile_program(*m_vm, *parsed.program, text, failure);
  if (code == nullptr) {
    CompileError e;
    e.message = failure ? failure->message : "compilation failed";
    e.line = failure ? failure->line : 0;
    e.column = failure ? failure->column : 0;
    // Same layout as a parse error: file:line, the line, a caret, then the message.
    std::string line_text;
    {
      std::size_t line = 1, i = 0;
      while (i < text->text.size() && line < e.line) {
        if (text->text[i] == '\n') ++line;
        ++i;
      }
      std::size_t j = i;
      while (j < text->text.size() && text->text[j] != '\n' && text->text[j] != '\r') ++j;
      line_text = text->text.substr(i, j - i);
    }
    e.formatted = filename + ":" + std::to_string(e.line) + "\n" + line_text + "\n" +
                  std::string(e.column > 0 ? e.column - 1 : 0, ' ') + "^\n\nSyntaxError: " + e.message;
    out.error = e;
    return out;
  }
  out.code = freeze_code(*code);
  return out;
}

namespace {

// One run of a callback or a promise job on the interpreter.
class EngineJob final : public node::JsJob {
 public:
  enum class Kind : std::uint8_t { kCall, kReaction, kResolveThenable };

  EngineJob(Engine& engine, Kind kind) : m_engine(engine), m_kind(kind) {}

  std::vector<Persistent> values;  // kCall: fn, this, args... ; jobs: see begin()
  PromiseJob job;                  // promise jobs (values hold its cells)

  node::JsStep resume(node::JsHost& host) override {
    Vm& vm = m_engine.vm();
    node::JsHost* saved_host = vm.host();
    vm.set_host(&host);
    node::JsStep step;
    Interpreter& interpreter = vm.interpreter();
    if (!m_started) {
      m_started = true;
      interpreter.set_instruction_limit(m_engine.instructions() +
                                        m_engine.options().max_instructions_per_callback);
      begin();
    }
    if (m_running) {
      RunStatus status = interpreter.run(m_entry_depth, true, m_result);
      if (status == RunStatus::kYield) {
        step.cost = m_engine.take_cost_ns();
        vm.set_host(saved_host);
        return step;
      }
      m_running = false;
      m_threw = status == RunStatus::kThrew;
    }
    if (interpreter.terminated()) {
      if (std::optional<int> code = m_engine.take_exit_request()) {
        // process.exit(): the callback ends here, and so does the process.
        interpreter.clear_termination();
        if (vm.has_exception()) vm.take_exception();
        step.cost = m_engine.take_cost_ns();
        step.done = true;
        step.exit_code = code;
        vm.set_host(saved_host);
        return step;
      }
      // The runaway guard fired: the callback is abandoned and the run stops with a diagnosis.
      interpreter.clear_termination();
      if (vm.has_exception()) vm.take_exception();
      step.cost = m_engine.take_cost_ns();
      step.done = true;
      step.stop = "ran more than " + std::to_string(m_engine.options().max_instructions_per_callback) +
                  " JavaScript instructions without returning (an endless loop?)";
      vm.set_host(saved_host);
      return step;
    }
    finish(step);
    step.cost = m_engine.take_cost_ns();
    step.done = true;
    vm.set_host(saved_host);
    return step;
  }

 private:
  // Starts the callback: pushes its frame (m_running) or completes it at once.
  void begin() {
    Vm& vm = m_engine.vm();
    Interpreter& in = vm.interpreter();
    m_entry_depth = in.depth();
    switch (m_kind) {
      case Kind::kCall: {
        std::vector<Value> args;
        for (std::size_t i = 2; i < values.size(); ++i) args.push_back(values[i].get());
        start(values[0].get(), values[1].get(), args);
        break;
      }
      case Kind::kReaction: {
        // 27.2.2.1 NewPromiseReactionJob.
        Value handler = job.reaction.handler;
        if (handler.is_object() && handler.as_object()->object_class() == ObjectClass::kAsyncFunctionState) {
          auto* state = static_cast<AsyncFunctionState*>(handler.as_object());
          m_async_resume = true;
          if (state->restore(in, job.argument, job.rejected)) {
            m_running = true;
          } else {
            m_threw = true;
          }
          return;
        }
        if (handler.is_undefined()) {
          m_result = job.argument;
          m_threw = job.rejected;
          if (m_threw) vm.throw_value(job.argument);
          return;
        }
        start(handler, Value::undefined(), {job.argument});
        break;
      }
      case Kind::kResolveThenable: {
        // 27.2.2.2 NewPromiseResolveThenableJob: then.call(thenable, resolve, reject).
        auto* promise = static_cast<PromiseObject*>(job.promise.as_object());
        auto [resolve, reject] = create_resolving_functions(vm, promise);
        m_reject = Persistent(vm.heap(), Value(static_cast<Object*>(reject)));
        start(job.then, job.thenable,
              {Value(static_cast<Object*>(resolve)), Value(static_cast<Object*>(reject))});
        break;
      }
    }
  }

  void start(Value fn, Value this_value, const std::vector<Value>& args) {
    Vm& vm = m_engine.vm();
    if (!Vm::is_callable(fn)) {
      vm.throw_type_error("callback is not a function");
      m_threw = true;
      return;
    }
    Value result;
    if (vm.interpreter().start_call(fn, this_value, ArgList(args.data(), args.size()), Value::undefined(),
                                    false, result)) {
      m_running = true;
    } else {
      m_result = result;
      m_threw = result.is_exception();
    }
  }

  void finish(node::JsStep& step) {
    Vm& vm = m_engine.vm();
    switch (m_kind) {
      case Kind::kCall:
        if (m_threw) {
          step.threw = true;
          const Value exception = vm.take_exception();
          m_engine.set_last_uncaught(exception);
          step.error = m_engine.describe_uncaught(exception);
        }
        break;
      case Kind::kReaction: {
        if (m_async_resume) {
          if (m_threw && vm.has_exception()) vm.take_exception();
          break;
        }
        Value capability = job.reaction.capability;
        if (!capability.is_object()) {
          if (m_threw) vm.take_exception();
          break;
        }
        auto* derived = static_cast<PromiseObject*>(capability.as_object());
        if (m_threw) {
          reject_promise(vm, derived, vm.take_exception());
        } else {
          resolve_promise(vm, derived, m_result);
        }
        break;
      }
      case Kind::kResolveThenable:
        if (m_threw) {
          Value error = vm.take_exception();
          vm.call(m_reject.get(), Value::undefined(), {error});
          if (vm.has_exception()) vm.take_exception();
        }
        break;
    }
  }

  Engine& m_engine;
  Kind m_kind;
  bool m_started = false;
  bool m_running = false;
  bool m_threw = false;
  bool m_async_resume = false;
  std::size_t m_entry_depth = 0;
  Value m_result;  // read only once the run is over (no GC after it)
  Persistent m_reject;
};

class EngineCallable final : public node::JsCallable {
 public:
  EngineCallable(Engine& engine, EngineJob::Kind kind, std::string label)
      : m_engine(engine), m_kind(kind), m_label(std::move(label)) {}

  std::vector<Value> call_values;  // kCall: fn, this, args
  PromiseJob job;

  void root() {
    Heap& heap = m_engine.heap();
    const bool promise_job = m_kind != EngineJob::Kind::kCall;
    m_roots.reserve(call_values.size() + (promise_job ? 8 : 0));
    for (Value v : call_values) m_roots.emplace_back(heap, v);
    if (!promise_job) return;  // a plain call (a tick, a timer...) holds no promise job's values
    for (Value v : {job.reaction.capability, job.reaction.resolve, job.reaction.reject, job.reaction.handler,
                    job.argument, job.promise, job.thenable, job.then}) {
      m_roots.emplace_back(heap, v);
    }
  }

  std::unique_ptr<node::JsJob> start() const override {
    auto j = std::make_unique<EngineJob>(m_engine, m_kind);
    for (std::size_t i = 0; i < call_values.size(); ++i)
      j->values.emplace_back(m_engine.heap(), m_roots[i].get());
    j->job = job;
    // Re-read the job's values through the roots (the same values; the roots keep them alive).
    return j;
  }
  const std::string& label() const override { return m_label; }
  std::uint32_t source() const override { return m_source; }
  void set_source(std::uint32_t id) { m_source = id; }

 private:
  Engine& m_engine;
  EngineJob::Kind m_kind;
  std::string m_label;
  std::vector<Persistent> m_roots;
  std::uint32_t m_source = 0;
};

}  // namespace

std::string describe_function(Value fn) {
  if (!Vm::is_callable(fn)) return "callback";
  auto* f = static_cast<FunctionObject*>(fn.as_object());
  std::string name = f->name_utf8();
  if (f->flavor() == FunctionFlavor::kClosure) {
    Code* code = static_cast<ClosureFunction*>(f)->code();
    if (name.empty()) name = code->kind == FunctionKind::kArrow ? "arrow function" : "anonymous";
    return name + " (line " + std::to_string(code->range.line) + ")";
  }
  return name.empty() ? "native function" : name;
}

namespace {

// describe_function of a function the script wrote ("" for natives and the library's functions,
// whose line numbers are not in any file the learner sees).
std::string script_function(Value fn) {
  if (!Vm::is_callable(fn)) return "";
  auto* f = static_cast<FunctionObject*>(fn.as_object());
  if (f->flavor() != FunctionFlavor::kClosure) return "";
  const Code* code = static_cast<ClosureFunction*>(f)->code();
  if (code->source == nullptr || code->source->filename.starts_with("node:")) return "";
  return describe_function(fn);
}

}  // namespace

node::CallbackRef Engine::main(const Script& script) {
  Vm& vm = *m_vm;
  Object* module = vm.new_object();
  Object* exports = vm.new_object();
  module->define(vm.key("exports"), Value(exports));
  return main(script, {Value(exports), Value::undefined(), Value(module), Value(vm.string(script.filename)),
                       Value(vm.string("."))});
}

node::CallbackRef Engine::main(const Script& script, std::vector<Value> args) {
  auto callable = std::make_shared<EngineCallable>(*this, EngineJob::Kind::kCall, "main script");
  callable->call_values.push_back(script.function.get());
  callable->call_values.push_back(args.empty() ? Value::undefined() : args[0]);
  for (Value v : args) callable->call_values.push_back(v);
  callable->root();
  return callable;
}

node::CallbackRef Engine::make_callable(Value fn, Value this_value, std::vector<Value> args,
                                        std::string label) {
  auto callable = std::make_shared<EngineCallable>(*this, EngineJob::Kind::kCall,
                                                   label.empty() ? describe_function(fn) : std::move(label));
  callable->call_values.push_back(fn);
  callable->call_values.push_back(this_value);
  for (Value v : args) callable->call_values.push_back(v);
  callable->root();
  if (Vm::is_callable(fn) &&
      static_cast<FunctionObject*>(fn.as_object())->flavor() == FunctionFlavor::kClosure) {
    Code* code = static_cast<ClosureFunction*>(fn.as_object())->code();
    if (code->source_id == 0) {
      code->source_id =
          register_source(SourceInfo{code->source ? code->source->filename : "", code->range.start,
                                     code->range.end, code->range.line, code->range.column});
    }
    callable->set_source(code->source_id);
  }
  return callable;
}

void enqueue_promise_job(Vm& vm, const PromiseJob& job) {
  Engine& engine = vm.engine();
  std::string label;
  if (job.kind == PromiseJob::Kind::kResolveThenable) {
    label = "PromiseResolveThenableJob";
  } else if (job.reaction.handler.is_object() &&
             job.reaction.handler.as_object()->object_class() == ObjectClass::kAsyncFunctionState) {
    label = "await continuation";
  } else if (const std::string handler = script_function(job.reaction.handler); !handler.empty()) {
    label = "promise " + handler;  // promise then (line 3): the handler the script gave
  } else {
    label = "promise reaction";  // a pass-through, or the library's own handler
  }
  auto callable = std::make_shared<EngineCallable>(engine,
                                                   job.kind == PromiseJob::Kind::kResolveThenable
                                                       ? EngineJob::Kind::kResolveThenable
                                                       : EngineJob::Kind::kReaction,
                                                   label);
  callable->job = job;
  callable->root();
  engine.queue_microtask(callable);
}

void Engine::queue_microtask(node::CallbackRef callback) {
  if (m_vm->host() != nullptr) {
    m_vm->host()->queue_microtask(std::move(callback));
  } else {
    m_local_microtasks.push_back(std::move(callback));
  }
}

}  // namespace looplab::js
