// The dispatch loop. See interpreter.h for the stack layout and when frames are entry frames.
//
// Invariants the loop keeps:
// - `sp` (a local pointer) is the operand stack top; m_sp mirrors it at the start of every
//   instruction, so anything that re-enters the interpreter (a getter, valueOf, a native calling
//   vm.call) pushes its frames above every live value;
// - results are written after the calls that produce them, never before;
// - `f` is re-read from m_frames after anything that may push or pop frames.
#include "core/js/vm/interpreter.h"

#include <cmath>

#include "core/base/check.h"
#include "core/js/runtime/conversions.h"
#include "core/js/runtime/engine.h"
#include "core/js/runtime/promise.h"
#include "core/js/runtime/typed_array.h"
#include "core/js/vm/async_function.h"
#include "core/js/vm/bytecode.h"
#include "core/js/vm/code_template.h"
#include "core/js/vm/operations.h"

namespace looplab::js {

namespace {
constexpr std::size_t kMaxNestedRuns = 400;
constexpr std::uint32_t kFrameSlack = 1024;  // operand stack room per frame
}  // namespace

Interpreter::Interpreter(Vm& vm, Engine& engine) : m_vm(vm), m_engine(engine) {
  m_stack_size = 1u << 20;
  m_stack.reset(static_cast<Value*>(std::malloc(m_stack_size * sizeof(Value))));
  LOOPLAB_CHECK(m_stack != nullptr, "out of memory for the JavaScript value stack");
  m_frames.reserve(engine.options().max_stack_depth + 16);
  m_root_id = vm.heap().add_root_tracer([this](Tracer& t) { trace(t); });
}

Interpreter::~Interpreter() {
  m_vm.heap().remove_root_tracer(m_root_id);
}

void Interpreter::trace(Tracer& t) {
  for (std::uint32_t i = 0; i < m_sp; ++i) t.visit(m_stack[i]);
  for (const Frame& f : m_frames) {
    t.visit(f.code);
    t.visit(f.function);
    t.visit(f.env);
    t.visit(f.this_value);
    t.visit(f.new_target);
    t.visit(f.async_state);
    t.visit(f.arguments);
    t.visit(f.arguments_object);
  }
  for (const Handler& h : m_handlers) t.visit(h.env);
}

bool Interpreter::check_stack(std::size_t extra) {
  if (m_frames.size() >= m_engine.options().max_stack_depth || m_sp + extra + kFrameSlack >= m_stack_size) {
    m_vm.throw_range_error("Maximum call stack size exceeded");
    return false;
  }
  return true;
}

// Pushes a closure's frame; the callee, this and arguments are at m_stack[ci...]. m_sp must be
// just past the arguments.
bool Interpreter::push_closure_frame(ClosureFunction* fn, std::uint32_t ci, std::uint32_t argc,
                                     Value this_value, Value new_target, bool construct) {
  Code* code = fn->code();
  if (code->constants_pending()) fill_constants(m_vm.heap(), *code);
  if (fn->is_class_constructor() && !construct) {
    m_vm.throw_type_error("Class constructor " + fn->name_utf8() + " cannot be invoked without 'new'");
    return false;
  }
  if (!check_stack(code->register_count + argc)) return false;
  std::uint32_t base = ci + 2;
  Frame frame;
  frame.code = code;
  frame.function = fn;
  frame.base = base;
  frame.argc = argc;
  frame.env = fn->environment();
  frame.handler_base = static_cast<std::uint32_t>(m_handlers.size());
  if (code->needs_arguments) {
    frame.arguments = Value(m_vm.new_array(std::vector<Value>(&m_stack[base], &m_stack[base] + argc)));
  }
  std::uint32_t regs = code->register_count;
  for (std::uint32_t i = argc; i < regs; ++i) m_stack[base + i] = Value::undefined();
  m_sp = base + std::max(regs, argc);
  if (argc > regs) m_sp = base + regs;  // extra arguments are dropped (kept in `arguments`)
  if (code->kind == FunctionKind::kArrow) {
    frame.this_value = fn->bound_this();
    frame.new_target = fn->bound_new_target();
  } else if (construct) {
    frame.is_construct = true;
    frame.new_target = new_target;
    if (code->kind == FunctionKind::kDerivedConstructor) {
      frame.this_value = Value::hole();
    } else {
      Object* proto = m_vm.prototype_from_constructor(new_target, m_vm.realm().object_prototype);
      Object* self = m_vm.new_object(proto);
      // V8 remembers the constructor that made an object (inspect shows `[Foo: null prototype]`),
      // only when it is the function `new` was applied to.
      if (new_target == Value(static_cast<Object*>(fn))) self->set_creator(fn);
      frame.this_value = Value(self);
    }
  } else {
    frame.new_target = Value::undefined();
    if (!code->strict && this_value.is_nullish()) {
      frame.this_value = Value(m_vm.realm().global_object);
    } else if (!code->strict && !this_value.is_object()) {
      frame.this_value = Value(to_object(m_vm, this_value));  // sloppy functions box primitives
    } else {
      frame.this_value = this_value;
    }
  }
  if (code->is_async) frame.async_state = AsyncFunctionState::create(m_vm);
  m_frames.push_back(frame);
  return true;
}

// Calls the function at m_stack[ci] with this m_stack[ci+1] and argc arguments after them.
Interpreter::CallOutcome Interpreter::call_value(std::uint32_t ci, std::uint32_t argc, bool construct,
                                                 Value new_target, bool may_yield) {
  for (;;) {
    Value callee = m_stack[ci];
    auto* fn = static_cast<FunctionObject*>(callee.as_object());
    switch (fn->flavor()) {
      case FunctionFlavor::kClosure:
        m_sp = ci + 2 + argc;
        if (!push_closure_frame(static_cast<ClosureFunction*>(fn), ci, argc, m_stack[ci + 1], new_target,
                                construct)) {
          m_sp = ci;
          return CallOutcome::kThrew;
        }
        return CallOutcome::kPushed;
      case FunctionFlavor::kNative: {
        auto* native = static_cast<NativeFunction*>(fn);
        if (native->is_host_call() && may_yield && !m_resuming_host_call &&
            m_engine.instructions() > m_engine.charged_instructions()) {
          return CallOutcome::kYield;
        }
        m_resuming_host_call = false;
        m_sp = ci + 2 + argc;
        if (m_run_depth > kMaxNestedRuns) {
          m_vm.throw_range_error("Maximum call stack size exceeded");
          m_sp = ci;
          return CallOutcome::kThrew;
        }
        NativeFunction* saved = m_vm.current_native();
        Value saved_nt = m_vm.new_target();
        m_vm.enter_native(native, construct ? new_target : Value::undefined());
        Value result = native->fn()(m_vm, construct ? Value::undefined() : m_stack[ci + 1],
                                    ArgList(&m_stack[ci + 2], argc));
        m_vm.enter_native(saved, saved_nt);
        // A native that ran JavaScript may have swallowed the runaway guard's termination (the
        // Promise constructor turns its executor's throw into a rejection): unwind anyway.
        if (m_terminating && !result.is_exception()) result = m_vm.throw_value(Value::undefined());
        if (result.is_exception()) {
          m_sp = ci;
          return CallOutcome::kThrew;
        }
        m_stack[ci] = result;
        m_sp = ci + 1;
        return CallOutcome::kDone;
      }
      case FunctionFlavor::kBound: {
        auto* bound = static_cast<BoundFunction*>(fn);
        const std::vector<Value>& extra = bound->bound_args();
        auto n = static_cast<std::uint32_t>(extra.size());
        if (!check_stack(n + argc)) {
          m_sp = ci;
          return CallOutcome::kThrew;
        }
        for (std::uint32_t i = argc; i > 0; --i) m_stack[ci + 2 + n + i - 1] = m_stack[ci + 2 + i - 1];
        for (std::uint32_t i = 0; i < n; ++i) m_stack[ci + 2 + i] = extra[i];
        argc += n;
        m_stack[ci] = Value(bound->target());
        m_stack[ci + 1] = bound->bound_this();
        if (construct && new_target == callee) new_target = Value(bound->target());
        continue;
      }
    }
  }
}

bool Interpreter::start_call(Value fn, Value this_value, ArgList args, Value new_target, bool construct,
                             Value& result) {
  if (!Vm::is_callable(fn)) {
    result = m_vm.throw_type_error("value is not a function");
    return false;
  }
  if (construct && !Vm::is_constructor(fn)) {
    result = m_vm.throw_type_error("value is not a constructor");
    return false;
  }
  if (!check_stack(args.size() + 2)) {
    result = Value::exception();
    return false;
  }
  std::uint32_t ci = m_sp;
  m_stack[ci] = fn;
  m_stack[ci + 1] = this_value;
  for (std::size_t i = 0; i < args.size(); ++i) m_stack[ci + 2 + i] = args.begin()[i];
  m_sp = ci + 2 + static_cast<std::uint32_t>(args.size());
  switch (call_value(ci, static_cast<std::uint32_t>(args.size()), construct, new_target, false)) {
    case CallOutcome::kPushed:
      m_frames.back().is_entry = true;
      return true;
    case CallOutcome::kDone:
      result = m_stack[ci];
      m_sp = ci;
      return false;
    case CallOutcome::kThrew:
    case CallOutcome::kYield:
      m_sp = ci;
      result = Value::exception();
      return false;
  }
  return false;
}

void Interpreter::resume_async(AsyncFunctionState* state, Value value, bool is_throw) {
  state->restore(*this, value, is_throw);
}

std::vector<StackFrameInfo> Interpreter::stack_trace(std::size_t max_frames) const {
  std::vector<StackFrameInfo> out;
  for (auto it = m_frames.rbegin(); it != m_frames.rend() && out.size() < max_frames; ++it) {
    StackFrameInfo info;
    if (it->code != nullptr) {
      Code::Position p = it->code->position_at(it->pc > 0 ? it->pc - 1 : 0);
      info.function_name = it->code->name;
      if (it->code->is_script) info.function_name = "Object.<anonymous>";
      info.line = p.line;
      info.column = p.column;
      info.is_constructor = it->is_construct;
      if (it->code->source) info.file = it->code->source->filename;
    }
    const bool main_module = it->code != nullptr && it->code->is_script && !info.file.starts_with("node:");
    out.push_back(info);
    if (main_module) {
      // Below a CommonJS main module node's stack shows its loader: the frames node v20.20.2
      // prints, so stacks read (and count towards the limit of 10) as they do there.
      static constexpr struct {
        const char* name;
        const char* file;
        std::uint32_t line, column;
      } kLoaderFrames[] = {
          {"Module._compile", "node:internal/modules/cjs/loader", 1521, 14},
          {"Module._extensions..js", "node:internal/modules/cjs/loader", 1623, 10},
          {"Module.load", "node:internal/modules/cjs/loader", 1266, 32},
          {"Module._load", "node:internal/modules/cjs/loader", 1091, 12},
          {"Function.executeUserEntryPoint [as runMain]", "node:internal/modules/run_main", 164, 12},
          {"", "node:internal/main/run_main_module", 28, 49},
      };
      for (const auto& frame : kLoaderFrames) {
        if (out.size() >= max_frames) break;
        StackFrameInfo loader;
        loader.function_name = frame.name;
        loader.file = frame.file;
        loader.line = frame.line;
        loader.column = frame.column;
        out.push_back(loader);
      }
    }
  }
  return out;
}

ErrorObject::Origin Interpreter::current_origin() const {
  ErrorObject::Origin origin;
  if (m_frames.empty() || m_frames.back().code == nullptr) return origin;
  const Frame& f = m_frames.back();
  const Code::Position p = f.code->position_at(f.pc > 0 ? f.pc - 1 : 0);
  origin.source = f.code->source;
  origin.line = p.line;
  origin.column = p.column;
  return origin;
}

Vm::ThrowSite Interpreter::current_site() const {
  return Vm::site_of(current_origin());
}

// ---- the loop ----

RunStatus Interpreter::run(std::size_t entry_depth, bool may_yield, Value& result) {
  struct DepthGuard {
    std::size_t& depth;
    explicit DepthGuard(std::size_t& d) : depth(d) { ++depth; }
    ~DepthGuard() { --depth; }
  } guard(m_run_depth);
  (void)entry_depth;  // the entry frame is marked (Frame::is_entry): its return ends the run
  may_yield = may_yield && m_run_depth == 1;
  const bool may_collect = m_run_depth == 1;
  Vm& vm = m_vm;
  Heap& heap = vm.heap();
  Value* const stack = m_stack.get();

  Frame* f;
  const std::uint32_t* code;
  std::uint32_t pc;
  Value* regs;
  Value* sp;
  std::uint64_t executed = 0;

#define LOAD_FRAME()                 \
  do {                               \
    f = &m_frames.back();            \
    code = f->code->bytecode.data(); \
    pc = f->pc;                      \
    regs = stack + f->base;          \
    sp = stack + m_sp;               \
  } while (0)
#define SAVE_FRAME()                               \
  do {                                             \
    f->pc = pc;                                    \
    m_sp = static_cast<std::uint32_t>(sp - stack); \
  } while (0)
#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define TOP() (sp[-1])
#define THROW() goto handle_exception
#define CHECK(v)                     \
  do {                               \
    if ((v).is_exception()) THROW(); \
  } while (0)
#define CONST(i) (f->code->constants[(i)])
#define ATOM(i) PropKey(CONST(i).as_string())

  std::uint32_t start = 0;
  Op op = Op::kNop;
  LOAD_FRAME();
  if (m_pending_throw) {
    m_pending_throw = false;
    THROW();
  }

  for (;;) {
    start = pc;
    op = static_cast<Op>(code[pc]);
    ++executed;
    m_sp = static_cast<std::uint32_t>(sp - stack);
    switch (op) {
      case Op::kNop:
      case Op::kDebugger:
        pc += 1;
        break;
      case Op::kUndefined:
        PUSH(Value::undefined());
        pc += 1;
        break;
      case Op::kNull:
        PUSH(Value::null());
        pc += 1;
        break;
      case Op::kTrue:
        PUSH(Value::boolean(true));
        pc += 1;
        break;
      case Op::kFalse:
        PUSH(Value::boolean(false));
        pc += 1;
        break;
      case Op::kHole:
        PUSH(Value::hole());
        pc += 1;
        break;
      case Op::kConst:
        PUSH(CONST(code[pc + 1]));
        pc += 2;
        break;
      case Op::kInt:
        PUSH(Value(static_cast<double>(static_cast<std::int32_t>(code[pc + 1]))));
        pc += 2;
        break;
      case Op::kPop:
        --sp;
        pc += 1;
        break;
      case Op::kDup:
        *sp = sp[-1];
        ++sp;
        pc += 1;
        break;
      case Op::kDup2:
        sp[0] = sp[-2];
        sp[1] = sp[-1];
        sp += 2;
        pc += 1;
        break;
      case Op::kSwap:
        std::swap(sp[-1], sp[-2]);
        pc += 1;
        break;
      case Op::kRot3: {  // [a b c -> c a b]
        Value c = sp[-1];
        sp[-1] = sp[-2];
        sp[-2] = sp[-3];
        sp[-3] = c;
        pc += 1;
        break;
      }
      case Op::kRot4: {  // [a b c d -> d a b c]
        Value d = sp[-1];
        sp[-1] = sp[-2];
        sp[-2] = sp[-3];
        sp[-3] = sp[-4];
        sp[-4] = d;
        pc += 1;
        break;
      }

      // ---- variables ----
      case Op::kLoadReg:
        PUSH(regs[code[pc + 1]]);
        pc += 2;
        break;
      case Op::kStoreReg:
        regs[code[pc + 1]] = POP();
        pc += 2;
        break;
      case Op::kLoadRegChecked: {
        Value v = regs[code[pc + 1]];
        if (v.is_hole()) {
          SAVE_FRAME();
          f->pc = start + 1;
          vm.throw_reference_error("Cannot access '" + CONST(code[pc + 2]).as_string()->to_utf8() +
                                   "' before initialization");
          THROW();
        }
        PUSH(v);
        pc += 3;
        break;
      }
      case Op::kCheckReg:
        if (regs[code[pc + 1]].is_hole()) {
          f->pc = start + 1;
          vm.throw_reference_error("Cannot access '" + CONST(code[pc + 2]).as_string()->to_utf8() +
                                   "' before initialization");
          THROW();
        }
        pc += 3;
        break;
      case Op::kLoadEnv:
      case Op::kLoadEnvChecked:
      case Op::kCheckEnv:
      case Op::kStoreEnv: {
        Environment* env = f->env;
        for (std::uint32_t d = code[pc + 1]; d > 0; --d) env = env->parent;
        Value& slot = env->slots[code[pc + 2]];
        if (op == Op::kStoreEnv) {
          slot = POP();
          pc += 3;
          break;
        }
        if (op != Op::kLoadEnv && slot.is_hole()) {
          f->pc = start + 1;
          vm.throw_reference_error("Cannot access '" + CONST(code[pc + 3]).as_string()->to_utf8() +
                                   "' before initialization");
          THROW();
        }
        if (op == Op::kCheckEnv) {
          pc += 4;
          break;
        }
        PUSH(slot);
        pc += op == Op::kLoadEnv ? 3 : 4;
        break;
      }
      case Op::kLoadGlobal:
      case Op::kTypeofGlobal: {
        PropKey key = ATOM(code[pc + 1]);
        Object* global = vm.realm().global_object;
        f->pc = start + 1;
        auto d = global->find_property(key);
        if (!d) {
          if (op == Op::kTypeofGlobal) {
            PUSH(Value::undefined());
            pc += 2;
            break;
          }
          vm.throw_reference_error(key.as_string()->to_utf8() + " is not defined");
          THROW();
        }
        Value v = d->is_accessor() ? global->get(vm, key) : d->value;
        CHECK(v);
        PUSH(v);
        pc += 2;
        break;
      }
      case Op::kStoreGlobal: {
        PropKey key = ATOM(code[pc + 1]);
        Object* global = vm.realm().global_object;
        Value v = TOP();
        f->pc = start + 1;
        if (f->code->strict && !global->has_property(key)) {
          vm.throw_reference_error(key.as_string()->to_utf8() + " is not defined");
          THROW();
        }
        Value r = vm.set(Value(global), key, v, f->code->strict);
        CHECK(r);
        --sp;
        pc += 2;
        break;
      }
      case Op::kThrowConstAssign:
        f->pc = start + 1;
        vm.throw_type_error("Assignment to constant variable.");
        THROW();
      case Op::kPushEnv:
        f->env = heap.make<Environment>(f->env, code[pc + 1]);
        pc += 2;
        break;
      case Op::kPopEnv:
        f->env = f->env->parent;
        pc += 1;
        break;
      case Op::kCopyEnv: {
        auto* copy = heap.make<Environment>(f->env->parent, 0);
        copy->slots = f->env->slots;
        f->env = copy;
        pc += 1;
        break;
      }
      case Op::kCallee:
        PUSH(Value(static_cast<Object*>(f->function)));
        pc += 1;
        break;
      case Op::kThis:
        if (f->this_value.is_hole()) {
          f->pc = start + 1;
          vm.throw_reference_error(
              "Must call super constructor in derived class before accessing 'this' or returning from "
              "derived "
              "constructor");
          THROW();
        }
        PUSH(f->this_value);
        pc += 1;
        break;
      case Op::kNewTarget:
        PUSH(f->new_target);
        pc += 1;
        break;
      case Op::kArguments: {
        const auto& args = static_cast<ArrayObject*>(f->arguments.as_object())->elements();
        PUSH(Value(ops::make_arguments(vm, ArgList(args.data(), args.size()))));
        f->arguments_object = TOP();
        pc += 1;
        break;
      }
      // 10.4.4.7 CreateMappedArgumentsObject, modelled at the parameter: a sloppy function's
      // parameter i and arguments[i] are one value while i < the argument count and arguments[i]
      // is still an own data property.
      case Op::kMappedParamLoad:
      case Op::kMappedParamStore: {
        std::uint32_t i = code[pc + 1];
        if (f->arguments_object.is_object() && i < f->argc) {
          Object* ao = f->arguments_object.as_object();
          PropKey key = vm.index_key(i);
          auto d = ao->get_own_property(key);
          if (d && !d->is_accessor()) {
            if (op == Op::kMappedParamLoad) {
              sp[-1] = d->value;
            } else if (d->writable()) {
              ao->define(key, sp[-1], d->attrs);
            }
          }
        }
        pc += 2;
        break;
      }
      case Op::kRestArgs: {
        const auto& args = static_cast<ArrayObject*>(f->arguments.as_object())->elements();
        std::uint32_t from = code[pc + 1];
        std::vector<Value> rest;
        for (std::size_t i = from; i < args.size(); ++i) rest.push_back(args[i]);
        PUSH(Value(vm.new_array(rest)));
        pc += 2;
        break;
      }
      case Op::kArgCount:
        PUSH(Value(static_cast<double>(f->argc)));
        pc += 1;
        break;

      // ---- properties ----
      case Op::kGetProp:
      case Op::kGetPropKeep: {
        Value target = TOP();
        PropKey key = ATOM(code[pc + 1]);
        Value v;
        if (target.is_object()) {
          Object* o = target.as_object();
          int i = o->object_class() == ObjectClass::kOrdinary ? o->find_slot(key) : -1;
          if (i >= 0 && (o->slot(i).attrs & kAccessor) == 0) {
            v = o->slot(i).value;
          } else {
            f->pc = start + 1;
            v = o->get(vm, key, target);
          }
        } else {
          f->pc = start + 1;
          v = ops::get_named(vm, target, key);
        }
        CHECK(v);
        if (op == Op::kGetProp) {
          sp[-1] = v;
        } else {
          PUSH(v);
        }
        pc += 2;
        break;
      }
      case Op::kSetProp: {
        Value v = sp[-1];
        Value target = sp[-2];
        f->pc = start + 1;
        Value r = ops::set_named(vm, target, ATOM(code[pc + 1]), v, !f->code->strict);
        CHECK(r);
        sp -= 1;
        sp[-1] = v;
        pc += 2;
        break;
      }
      case Op::kGetElem:
      case Op::kGetElemKeep: {
        Value key = sp[-1];
        Value target = sp[-2];
        Value v;
        if (target.is_object() && target.as_object()->is_array() && key.is_number()) {
          auto* a = static_cast<ArrayObject*>(target.as_object());
          double d = key.as_number();
          auto i = static_cast<std::uint32_t>(d);
          if (static_cast<double>(i) == d && i < a->elements().size() && !a->elements()[i].is_hole()) {
            v = a->elements()[i];
          } else {
            f->pc = start + 1;
            v = ops::get_by_value(vm, target, key);
          }
        } else if (key.is_number() && is_typed_array(target) &&
                   static_cast<TypedArrayObject*>(target.as_object())->valid_index(key.as_number())) {
          v = Value(static_cast<TypedArrayObject*>(target.as_object())
                        ->element(static_cast<std::size_t>(key.as_number())));
        } else {
          f->pc = start + 1;
          v = ops::get_by_value(vm, target, key);
        }
        CHECK(v);
        if (op == Op::kGetElem) {
          sp -= 1;
          sp[-1] = v;
        } else {
          sp[-1] = v;
        }
        pc += 1;
        break;
      }
      case Op::kSetElem: {
        Value v = sp[-1];
        Value key = sp[-2];
        Value target = sp[-3];
        bool done = false;
        if (target.is_object() && target.as_object()->is_array() && key.is_number()) {
          auto* a = static_cast<ArrayObject*>(target.as_object());
          double d = key.as_number();
          auto i = static_cast<std::uint32_t>(d);
          if (static_cast<double>(i) == d && i < a->elements().size() && !a->elements()[i].is_hole()) {
            a->elements()[i] = v;
            done = true;
          } else if (static_cast<double>(i) == d && i == a->elements().size() && a->is_extensible() &&
                     a->length() == i && a->length_writable()) {
            a->push(v);
            done = true;
          }
        } else if (key.is_number() && v.is_number() && is_typed_array(target) &&
                   static_cast<TypedArrayObject*>(target.as_object())->valid_index(key.as_number())) {
          static_cast<TypedArrayObject*>(target.as_object())
              ->set_element(static_cast<std::size_t>(key.as_number()), v.as_number());
          done = true;
        }
        if (!done) {
          f->pc = start + 1;
          Value r = ops::set_by_value(vm, target, key, v, !f->code->strict);
          CHECK(r);
        }
        sp -= 2;
        sp[-1] = v;
        pc += 1;
        break;
      }
      case Op::kDeleteProp: {
        f->pc = start + 1;
        Value r = ops::delete_by_key(vm, TOP(), CONST(code[pc + 1]), f->code->strict);
        CHECK(r);
        sp[-1] = r;
        pc += 2;
        break;
      }
      case Op::kDeleteElem: {
        f->pc = start + 1;
        Value r = ops::delete_by_key(vm, sp[-2], sp[-1], f->code->strict);
        CHECK(r);
        sp -= 1;
        sp[-1] = r;
        pc += 1;
        break;
      }
      case Op::kGetSuper:
      case Op::kGetSuperElem: {
        Object* home = f->function != nullptr ? f->function->home_object() : nullptr;
        if (f->function != nullptr && f->function->is_arrow()) home = nullptr;
        f->pc = start + 1;
        PropKey key;
        if (op == Op::kGetSuper) {
          key = ATOM(code[pc + 1]);
        } else {
          auto k = vm.to_property_key(TOP());
          if (!k) THROW();
          key = *k;
          --sp;
        }
        Object* proto = home != nullptr ? home->prototype() : nullptr;
        Value v = proto != nullptr ? proto->get(vm, key, f->this_value) : Value::undefined();
        CHECK(v);
        PUSH(v);
        pc += op == Op::kGetSuper ? 2 : 1;
        break;
      }
      case Op::kSetSuper: {
        Object* home = f->function != nullptr ? f->function->home_object() : nullptr;
        Object* proto = home != nullptr ? home->prototype() : nullptr;
        f->pc = start + 1;
        if (proto != nullptr) {
          Value r = proto->set(vm, ATOM(code[pc + 1]), TOP(), f->this_value);
          CHECK(r);
        }
        pc += 2;
        break;
      }
      case Op::kNewPrivateName: {
        auto* symbol = heap.make<Symbol>(CONST(code[pc + 1]));
        symbol->set_private();
        PUSH(Value(symbol));
        pc += 2;
        break;
      }
      case Op::kGetPrivate:
      case Op::kSetPrivate:
      case Op::kHasPrivate: {
        // Private names are private symbols; a member is present when the object (or, for
        // methods and accessors, its prototype chain) has it.
        bool is_set = op == Op::kSetPrivate;
        Value v = is_set ? sp[-1] : Value::undefined();
        Value key = is_set ? sp[-2] : sp[-1];
        Value target = is_set ? sp[-3] : sp[-2];
        PropKey k(key.as_symbol());
        std::string name = key.as_symbol()->description().as_string()->to_utf8();
        f->pc = start + 1;
        if (op == Op::kHasPrivate) {
          if (!target.is_object()) {
            String* s = to_string(vm, target);
            vm.throw_type_error("Cannot use 'in' operator to search for '" + name + "' in " +
                                (s != nullptr ? s->to_utf8() : std::string()));
            THROW();
          }
          sp -= 1;
          sp[-1] = Value::boolean(target.as_object()->find_property(k).has_value());
          pc += 1;
          break;
        }
        Object* holder = nullptr;
        std::optional<PropertyDescriptor> d;
        if (target.is_object()) d = target.as_object()->find_property(k, &holder);
        if (!d) {
          vm.throw_type_error(
              std::string(is_set ? "Cannot write private member " : "Cannot read private member ") + name +
              (is_set ? " to" : " from") + " an object whose class did not declare it");
          THROW();
        }
        if (is_set) {
          if (d->is_accessor()) {
            if (d->setter.is_undefined()) {
              vm.throw_type_error("'" + name + "' was defined without a setter");
              THROW();
            }
            Value r = vm.call(d->setter, target, {v});
            CHECK(r);
          } else if (holder != target.as_object()) {
            vm.throw_type_error("Private method is not writable");
            THROW();
          } else {
            target.as_object()->define(k, v, d->attrs);
          }
          sp -= 2;
          sp[-1] = v;
          pc += 1;
          break;
        }
        Value r = d->value;
        if (d->is_accessor()) {
          if (d->value.is_undefined()) {
            vm.throw_type_error("'" + name + "' was defined without a getter");
            THROW();
          }
          r = vm.call(d->value, target, ArgList());
          CHECK(r);
        }
        if (code[pc + 1] != 0) {
          sp[-1] = r;  // [o key -> o value]
        } else {
          sp -= 1;
          sp[-1] = r;
        }
        pc += 2;
        break;
      }
      case Op::kToPropertyKey: {
        Value k = TOP();
        if (!k.is_string() && !k.is_symbol() && !k.is_number()) {
          f->pc = start + 1;
          auto key = vm.to_property_key(k);
          if (!key) THROW();
          sp[-1] = key->to_value();
        }
        pc += 1;
        break;
      }
      case Op::kRequireObjectCoercible: {
        Value v = TOP();
        if (v.is_nullish()) {
          f->pc = start + 1;
          std::string what = v.is_null() ? "null" : "undefined";
          std::string name = CONST(code[pc + 1]).as_string()->to_utf8();
          std::string text = CONST(code[pc + 2]).as_string()->to_utf8();
          if (text.empty()) text = what;
          if (name.empty()) {
            vm.throw_type_error("Cannot destructure '" + text + "' as it is " + what + ".");
          } else {
            vm.throw_type_error("Cannot destructure property '" + name + "' of '" + text + "' as it is " +
                                what + ".");
          }
          THROW();
        }
        pc += 3;
        break;
      }

      // ---- operators ----
      case Op::kAdd: {
        Value b = sp[-1], a = sp[-2];
        if (a.is_number() && b.is_number()) {
          sp[-2] = Value(a.as_number() + b.as_number());
        } else {
          f->pc = start + 1;
          Value r = ops::add(vm, a, b);
          CHECK(r);
          sp[-2] = r;
        }
        --sp;
        pc += 1;
        break;
      }
      case Op::kSub:
      case Op::kMul:
      case Op::kDiv:
      case Op::kMod:
      case Op::kExp:
      case Op::kShl:
      case Op::kSar:
      case Op::kShr:
      case Op::kBitAnd:
      case Op::kBitOr:
      case Op::kBitXor: {
        Value b = sp[-1], a = sp[-2];
        if (a.is_number() && b.is_number() && op != Op::kExp) {
          // Numbers: the operator itself, without the conversions (** stays on the slow path,
          // where its NaN and infinity cases differ from std::pow).
          const double x = a.as_number(), y = b.as_number();
          double r = 0;
          switch (op) {
            case Op::kSub:
              r = x - y;
              break;
            case Op::kMul:
              r = x * y;
              break;
            case Op::kDiv:
              r = x / y;
              break;
            case Op::kMod: {
              // Non-negative int32 operands (the common `i % n`): integer remainder, same value.
              // (-0 % n is -0: left to fmod; the range checks come first, as the casts need them.)
              if (x >= 0 && x <= 2147483647.0 && y >= 1 && y <= 2147483647.0 && !std::signbit(x) &&
                  static_cast<double>(static_cast<std::int32_t>(x)) == x &&
                  static_cast<double>(static_cast<std::int32_t>(y)) == y) {
                r = static_cast<double>(static_cast<std::int32_t>(x) % static_cast<std::int32_t>(y));
              } else {
                r = std::fmod(x, y);
              }
              break;
            }
            case Op::kShl:
              r = static_cast<double>(
                  static_cast<std::int32_t>(static_cast<std::uint32_t>(double_to_int32(x))
                                            << (static_cast<std::uint32_t>(double_to_int32(y)) & 31)));
              break;
            case Op::kSar:
              r = static_cast<double>(double_to_int32(x) >>
                                      (static_cast<std::uint32_t>(double_to_int32(y)) & 31));
              break;
            case Op::kShr:
              r = static_cast<double>(static_cast<std::uint32_t>(double_to_int32(x)) >>
                                      (static_cast<std::uint32_t>(double_to_int32(y)) & 31));
              break;
            case Op::kBitAnd:
              r = static_cast<double>(double_to_int32(x) & double_to_int32(y));
              break;
            case Op::kBitOr:
              r = static_cast<double>(double_to_int32(x) | double_to_int32(y));
              break;
            default:
              r = static_cast<double>(double_to_int32(x) ^ double_to_int32(y));
              break;  // kBitXor
          }
          sp[-2] = Value(r);
        } else {
          f->pc = start + 1;
          Value r = ops::arithmetic(vm, static_cast<int>(op), a, b);
          CHECK(r);
          sp[-2] = r;
        }
        --sp;
        pc += 1;
        break;
      }
      case Op::kLt:
      case Op::kLe:
      case Op::kGt:
      case Op::kGe: {
        Value b = sp[-1], a = sp[-2];
        if (a.is_number() && b.is_number()) {
          double x = a.as_number(), y = b.as_number();
          bool r = op == Op::kLt ? x < y : op == Op::kLe ? x <= y : op == Op::kGt ? x > y : x >= y;
          sp[-2] = Value::boolean(r);
        } else {
          f->pc = start + 1;
          Value r = ops::compare(vm, static_cast<int>(op), a, b);
          CHECK(r);
          sp[-2] = r;
        }
        --sp;
        pc += 1;
        break;
      }
      case Op::kStrictEq:
      case Op::kStrictNe: {
        bool eq = strict_equals(sp[-2], sp[-1]);
        sp[-2] = Value::boolean(op == Op::kStrictEq ? eq : !eq);
        --sp;
        pc += 1;
        break;
      }
      case Op::kEq:
      case Op::kNe: {
        f->pc = start + 1;
        auto eq = loose_equals(vm, sp[-2], sp[-1]);
        if (!eq) THROW();
        sp[-2] = Value::boolean(op == Op::kEq ? *eq : !*eq);
        --sp;
        pc += 1;
        break;
      }
      case Op::kIn:
      case Op::kInstanceof: {
        if (op == Op::kIn && sp[-1].is_object() && sp[-1].as_object()->is_array() && sp[-2].is_number()) {
          // `i in array` for an element that is there (the prelude's hole checks): true at once.
          auto* a = static_cast<ArrayObject*>(sp[-1].as_object());
          const double d = sp[-2].as_number();
          if (d >= 0 && d < static_cast<double>(a->elements().size())) {
            const auto i = static_cast<std::uint32_t>(d);
            if (static_cast<double>(i) == d && !a->elements()[i].is_hole()) {
              sp[-2] = Value::boolean(true);
              --sp;
              pc += 1;
              break;
            }
          }
        }
        f->pc = start + 1;
        Value r =
            op == Op::kIn ? ops::has_property(vm, sp[-2], sp[-1]) : ops::instance_of(vm, sp[-2], sp[-1]);
        CHECK(r);
        sp[-2] = r;
        --sp;
        pc += 1;
        break;
      }
      case Op::kNeg:
      case Op::kToNumber:
      case Op::kToNumeric:
      case Op::kInc:
      case Op::kDec:
      case Op::kBitNot: {
        Value v = TOP();
        double d;
        if (v.is_number()) {
          d = v.as_number();
        } else {
          f->pc = start + 1;
          auto n = to_number(vm, v);
          if (!n) THROW();
          d = *n;
        }
        switch (op) {
          case Op::kNeg:
            d = -d;
            break;
          case Op::kInc:
            d = d + 1;
            break;
          case Op::kDec:
            d = d - 1;
            break;
          case Op::kBitNot:
            d = static_cast<double>(~double_to_int32(d));
            break;
          default:
            break;
        }
        sp[-1] = Value(d);
        pc += 1;
        break;
      }
      case Op::kNot:
        sp[-1] = Value::boolean(!to_boolean(sp[-1]));
        pc += 1;
        break;
      case Op::kTypeof:
        sp[-1] = ops::type_of(vm, sp[-1]);
        pc += 1;
        break;
      case Op::kToString: {
        Value v = TOP();
        if (!v.is_string()) {
          f->pc = start + 1;
          String* s = to_string(vm, v);
          if (s == nullptr) THROW();
          sp[-1] = Value(s);
        }
        pc += 1;
        break;
      }

      // ---- control ----
      case Op::kJump: {
        std::uint32_t target = code[pc + 1];
        if (target <= start) {  // a loop's back edge
          if (m_terminating || m_engine.instructions() + executed > m_instruction_limit) {
            m_terminating = true;
            SAVE_FRAME();
            vm.throw_value(Value::undefined());
            THROW();
          }
          if (may_yield && executed >= kSliceInstructions) {
            pc = target;
            SAVE_FRAME();
            m_engine.add_instructions(executed);
            return RunStatus::kYield;
          }
          if (may_collect && heap.wants_collection()) {
            SAVE_FRAME();
            f->pc = target;
            heap.collect();
          }
        }
        pc = target;
        break;
      }
      case Op::kJumpIfFalse:
        pc = to_boolean(POP()) ? pc + 2 : code[pc + 1];
        break;
      case Op::kJumpIfTrue:
        pc = to_boolean(POP()) ? code[pc + 1] : pc + 2;
        break;
      case Op::kJumpIfFalseKeep:
        if (!to_boolean(TOP())) {
          pc = code[pc + 1];
        } else {
          --sp;
          pc += 2;
        }
        break;
      case Op::kJumpIfTrueKeep:
        if (to_boolean(TOP())) {
          pc = code[pc + 1];
        } else {
          --sp;
          pc += 2;
        }
        break;
      case Op::kJumpIfNotNullishKeep:
        if (!TOP().is_nullish()) {
          pc = code[pc + 1];
        } else {
          --sp;
          pc += 2;
        }
        break;
      case Op::kJumpIfNullish:
        pc = TOP().is_nullish() ? code[pc + 1] : pc + 2;
        break;
      case Op::kJumpIfUndefined:
        pc = TOP().is_undefined() ? code[pc + 1] : pc + 2;
        break;
      case Op::kJumpIfNotUndefined:
        pc = TOP().is_undefined() ? pc + 2 : code[pc + 1];
        break;

      case Op::kCall:
      case Op::kCallSpread:
      case Op::kNew:
      case Op::kNewSpread:
      case Op::kSuperCall:
      case Op::kSuperCallSpread: {
        bool construct =
            op == Op::kNew || op == Op::kNewSpread || op == Op::kSuperCall || op == Op::kSuperCallSpread;
        bool spread = op == Op::kCallSpread || op == Op::kNewSpread || op == Op::kSuperCallSpread;
        bool super_call = op == Op::kSuperCall || op == Op::kSuperCallSpread;
        std::uint32_t argc;
        std::uint32_t width;
        std::uint32_t text_k = 0;
        switch (op) {
          case Op::kCall:
          case Op::kNew:
            argc = code[pc + 1];
            text_k = code[pc + 2];
            width = 3;
            break;
          case Op::kCallSpread:
          case Op::kNewSpread:
            argc = 0;
            text_k = code[pc + 1];
            width = 2;
            break;
          case Op::kSuperCall:
            argc = code[pc + 1];
            width = 2;
            break;
          default:
            argc = 0;
            width = 1;
            break;
        }
        f->pc = start + width;  // where the caller resumes; position lookups use pc - 1
        if (may_collect && heap.wants_collection()) {
          m_sp = static_cast<std::uint32_t>(sp - stack);
          f->pc = start;
          heap.collect();
          f->pc = start + width;
        }
        Value spread_array;
        if (spread) {
          Value array = POP();
          spread_array = array;
          const auto& elements = static_cast<ArrayObject*>(array.as_object())->elements();
          if (!check_stack(elements.size())) {
            THROW();
          }
          for (Value e : elements) PUSH(e.is_hole() ? Value::undefined() : e);
          argc = static_cast<std::uint32_t>(elements.size());
        }
        Value new_target;
        std::uint32_t ci;
        if (super_call) {
          // [a1..an] -> [parent, undefined, a1..an]
          Object* parent = f->function->prototype();
          for (std::uint32_t i = 0; i < argc; ++i)
            sp[1 - static_cast<std::ptrdiff_t>(i)] = sp[-1 - static_cast<std::ptrdiff_t>(i)];
          sp += 2;
          ci = static_cast<std::uint32_t>(sp - stack) - argc - 2;
          stack[ci] = parent != nullptr ? Value(parent) : Value::null();
          stack[ci + 1] = Value::undefined();
          new_target = f->new_target;
          if (!Vm::is_constructor(stack[ci])) {
            vm.throw_type_error("Super constructor " + std::string(parent == nullptr ? "null" : "[object]") +
                                " of anonymous class is not a constructor");
            THROW();
          }
        } else if (construct) {
          // [f a1..an] -> [f undefined a1..an]
          for (std::uint32_t i = 0; i < argc; ++i)
            sp[-static_cast<std::ptrdiff_t>(i)] = sp[-1 - static_cast<std::ptrdiff_t>(i)];
          sp += 1;
          ci = static_cast<std::uint32_t>(sp - stack) - argc - 2;
          stack[ci + 1] = Value::undefined();
          new_target = stack[ci];
          if (!Vm::is_constructor(stack[ci])) {
            vm.throw_type_error(CONST(text_k).as_string()->to_utf8() + " is not a constructor");
            THROW();
          }
        } else {
          ci = static_cast<std::uint32_t>(sp - stack) - argc - 2;
          if (!Vm::is_callable(stack[ci])) {
            vm.throw_type_error(CONST(text_k).as_string()->to_utf8() + " is not a function");
            THROW();
          }
        }
        m_sp = static_cast<std::uint32_t>(sp - stack);
        m_engine.add_instructions(executed);
        executed = 0;
        CallOutcome outcome = call_value(ci, argc, construct, new_target, may_yield);
        if (outcome == CallOutcome::kYield) {
          // Resume at this instruction with its operands still on the stack (a spread call's
          // array, not its elements: the instruction spreads it again).
          f = &m_frames.back();
          f->pc = start;
          if (spread) {
            m_sp = ci + 2;
            m_stack[m_sp++] = spread_array;
          }
          m_engine.add_instructions(static_cast<std::uint64_t>(-1));  // counted again on resume
          m_resuming_host_call = true;
          return RunStatus::kYield;
        }
        if (outcome == CallOutcome::kThrew) {
          LOAD_FRAME();
          THROW();
        }
        if (outcome == CallOutcome::kPushed) {
          LOAD_FRAME();
          break;
        }
        // A native finished: its result is at stack[ci] and m_sp = ci + 1.
        LOAD_FRAME();
        break;
      }
      case Op::kBindThis:
      case Op::kCallFieldsInit: {
        // kBindThis [v -> v]: a super() call returned v: it becomes `this`, then the class's
        // instance fields are initialised. kCallFieldsInit [-> result]: a base class constructor
        // initialises its fields first.
        pc += 1;
        if (op == Op::kBindThis) {
          if (!f->this_value.is_hole()) {
            f->pc = pc;
            vm.throw_reference_error("Super constructor may only be called once");
            THROW();
          }
          f->this_value = TOP();
        }
        ClosureFunction* fn = f->function;
        Value init = fn != nullptr ? fn->fields_initializer() : Value::undefined();
        if (init.is_undefined()) {
          if (op == Op::kCallFieldsInit) PUSH(Value::undefined());
          break;
        }
        SAVE_FRAME();
        std::uint32_t ci = m_sp;
        stack[ci] = init;
        stack[ci + 1] = f->this_value;
        m_sp = ci + 2;
        CallOutcome outcome = call_value(ci, 0, false, Value::undefined(), false);
        if (outcome == CallOutcome::kThrew) {
          LOAD_FRAME();
          THROW();
        }
        if (outcome == CallOutcome::kPushed) {
          m_frames.back().discard_result = op == Op::kBindThis;
        } else if (op == Op::kBindThis) {
          m_sp = ci;
        }
        LOAD_FRAME();
        break;
      }

      case Op::kReturn: {
        Value value = POP();
        if (f->async_state != nullptr) {
          auto* state = static_cast<AsyncFunctionState*>(f->async_state);
          resolve_promise(vm, state->promise(), value);
          value = Value(static_cast<Object*>(state->promise()));
        } else if (f->is_construct) {
          if (!value.is_object()) {
            if (f->code->kind == FunctionKind::kDerivedConstructor) {
              if (!value.is_undefined()) {
                f->pc = start + 1;
                vm.throw_type_error("Derived constructors may only return object or undefined");
                THROW();
              }
              if (f->this_value.is_hole()) {
                f->pc = start + 1;
                vm.throw_reference_error(
                    "Must call super constructor in derived class before accessing 'this' or returning from "
                    "derived constructor");
                THROW();
              }
            }
            value = f->this_value;
          }
        }
        {
          bool entry = f->is_entry;
          bool discard = f->discard_result;
          std::uint32_t callee_slot = f->base - 2;
          m_handlers.resize(f->handler_base);
          m_frames.pop_back();
          m_sp = callee_slot;
          m_engine.add_instructions(executed);
          executed = 0;
          if (entry) {
            result = value;
            return RunStatus::kDone;
          }
          LOAD_FRAME();
          if (!discard) PUSH(value);
          break;
        }
      }
      case Op::kThrow: {
        f->pc = start + 1;
        vm.throw_value(POP());
        THROW();
      }
      case Op::kRethrow: {
        f->pc = start + 1;
        vm.rethrow_value(POP());
        THROW();
      }
      case Op::kThrowError: {
        f->pc = start + 1;
        vm.throw_error(static_cast<ErrorType>(code[pc + 1]), CONST(code[pc + 2]).as_string()->to_utf8());
        THROW();
      }
      case Op::kPushHandler:
        m_handlers.push_back(Handler{code[pc + 1], static_cast<std::uint32_t>(sp - stack), f->env});
        pc += 2;
        break;
      case Op::kPopHandler:
        m_handlers.pop_back();
        pc += 1;
        break;
      case Op::kAwait: {
        Value v = POP();
        f->pc = start + 1;
        PromiseObject* promise = promise_resolve(vm, v);
        if (promise == nullptr) THROW();
        auto* state = static_cast<AsyncFunctionState*>(f->async_state);
        perform_promise_then(vm, promise, Value(static_cast<Object*>(state)),
                             Value(static_cast<Object*>(state)), nullptr);
        SAVE_FRAME();
        f->pc = start + 1;
        state->save(*this);
        // The function's caller sees its promise, as if it returned.
        Value value = Value(static_cast<Object*>(state->promise()));
        bool entry = f->is_entry;
        std::uint32_t callee_slot = f->base - 2;
        m_handlers.resize(f->handler_base);
        m_frames.pop_back();
        m_sp = callee_slot;
        m_engine.add_instructions(executed);
        executed = 0;
        if (entry) {
          result = value;
          return RunStatus::kDone;
        }
        LOAD_FRAME();
        PUSH(value);
        break;
      }

      // ---- objects, arrays, functions, classes ----
      case Op::kCreateObject:
        PUSH(Value(vm.new_object()));
        pc += 1;
        break;
      case Op::kCreateArray:
        PUSH(Value(static_cast<Object*>(vm.new_array())));
        pc += 1;
        break;
      case Op::kArrayPush: {
        Value v = POP();
        static_cast<ArrayObject*>(TOP().as_object())->push(v);
        pc += 1;
        break;
      }
      case Op::kArrayPushHole: {
        auto* a = static_cast<ArrayObject*>(TOP().as_object());
        a->set_length(a->length() + 1);
        pc += 1;
        break;
      }
      case Op::kArraySpread: {
        Value iterable = TOP();
        f->pc = start + 1;
        if (!ops::spread_into(vm, static_cast<ArrayObject*>(sp[-2].as_object()), iterable,
                              CONST(code[pc + 1]).as_string()->to_utf8()))
          THROW();
        --sp;
        pc += 2;
        break;
      }
      case Op::kDefineField: {
        Value v = POP();
        PropKey key = ATOM(code[pc + 1]);
        if (key.as_string()->text() == u"__proto__" && !TOP().as_object()->is_function()) {
          // `{ __proto__: p }` sets the literal's prototype (B.3.1) when p is an object or null.
          if (v.is_object() || v.is_null())
            TOP().as_object()->set_prototype(v.is_null() ? nullptr : v.as_object());
          pc += 2;
          break;
        }
        TOP().as_object()->define(key, v, kDefaultAttrs);
        pc += 2;
        break;
      }
      case Op::kDefineFieldElem: {
        Value v = POP();
        Value k = POP();
        f->pc = start + 1;
        auto key = vm.to_property_key(k);
        if (!key) THROW();
        TOP().as_object()->define(*key, v, kDefaultAttrs);
        pc += 1;
        break;
      }
      case Op::kDefineMethod:
      case Op::kDefineMethodElem:
      case Op::kDefineGetter:
      case Op::kDefineSetter: {
        Value fnv = POP();
        PropKey key;
        std::uint8_t enumerable;
        if (op == Op::kDefineMethod) {
          key = ATOM(code[pc + 1]);
          enumerable = code[pc + 2] != 0 ? kEnumerable : 0;
        } else {
          f->pc = start + 1;
          auto k = vm.to_property_key(POP());
          if (!k) THROW();
          key = *k;
          enumerable = code[pc + 1] != 0 ? kEnumerable : 0;
        }
        Object* target = TOP().as_object();
        auto* fn = static_cast<ClosureFunction*>(fnv.as_object());
        fn->set_home_object(target);
        if (op == Op::kDefineGetter || op == Op::kDefineSetter) {
          std::u16string name = op == Op::kDefineGetter ? u"get " : u"set ";
          if (key.is_symbol()) {
            Value d = key.as_symbol()->description();
            if (d.is_string() && key.as_symbol()->is_private()) {
              name += d.as_string()->text();
            } else if (d.is_string()) {
              name += u"[" + d.as_string()->text() + u"]";
            }
          } else {
            name += key.as_string()->text();
          }
          fn->define(vm.key("name"), Value(vm.string(name)), kConfigurable);
          auto existing = target->get_own_property(key);
          Value getter = op == Op::kDefineGetter ? fnv : Value::undefined();
          Value setter = op == Op::kDefineSetter ? fnv : Value::undefined();
          if (existing && existing->is_accessor()) {
            if (op == Op::kDefineGetter) setter = existing->setter;
            if (op == Op::kDefineSetter) getter = existing->value;
          }
          target->define_accessor(key, getter, setter, static_cast<std::uint8_t>(kConfigurable | enumerable));
        } else {
          if (op == Op::kDefineMethodElem) {
            std::u16string name;
            if (key.is_symbol()) {
              Value d = key.as_symbol()->description();
              if (d.is_string() && key.as_symbol()->is_private()) {
                name = d.as_string()->text();
              } else if (d.is_string()) {
                name = u"[" + d.as_string()->text() + u"]";
              }
            } else {
              name = key.as_string()->text();
            }
            fn->define(vm.key("name"), Value(vm.string(name)), kConfigurable);
          }
          target->define(key, fnv, static_cast<std::uint8_t>(kWritable | kConfigurable | enumerable));
        }
        pc += op == Op::kDefineMethod ? 3 : 2;
        break;
      }
      case Op::kCopyDataProps: {
        Value source = POP();
        f->pc = start + 1;
        if (!ops::copy_data_properties(vm, TOP().as_object(), source, {})) THROW();
        pc += 1;
        break;
      }
      case Op::kCopyDataPropsExcept: {
        std::uint32_t n = code[pc + 1];
        std::vector<PropKey> excluded;
        f->pc = start + 1;
        for (std::uint32_t i = 0; i < n; ++i) {
          auto k = vm.to_property_key(sp[-static_cast<std::ptrdiff_t>(n) + static_cast<std::ptrdiff_t>(i)]);
          if (!k) THROW();
          excluded.push_back(*k);
        }
        sp -= n;
        Value source = POP();
        if (!ops::copy_data_properties(vm, TOP().as_object(), source, excluded)) THROW();
        pc += 2;
        break;
      }
      case Op::kSetFunctionName:
        pc += 2;
        break;
      case Op::kClosure: {
        auto* c = static_cast<Code*>(CONST(code[pc + 1]).as_cell());
        Object* proto = c->is_async ? vm.realm().async_function_prototype : vm.realm().function_prototype;
        auto* fn = heap.make<ClosureFunction>(proto, c, f->env);
        vm.set_function_name_length(fn, Value(vm.atom(c->name)), c->length);
        if (c->kind == FunctionKind::kArrow) {
          fn->set_lexical_this(f->this_value, f->new_target);
          fn->set_home_object(f->function != nullptr ? f->function->home_object() : nullptr);
        } else if (c->kind == FunctionKind::kNormal && !c->is_async) {
          fn->set_constructor(true);
          if (!c->strict) {
            // Sloppy functions carry V8's legacy own 'arguments' and 'caller' (null, locked).
            fn->define(vm.key("arguments"), Value::null(), 0);
            fn->define(vm.key("caller"), Value::null(), 0);
          }
          Object* prototype = vm.new_object();
          prototype->define(vm.key("constructor"), Value(static_cast<Object*>(fn)), kMethodAttrs);
          fn->define(vm.key("prototype"), Value(prototype), kWritable);
        }
        PUSH(Value(static_cast<Object*>(fn)));
        pc += 2;
        break;
      }
      case Op::kClass: {
        auto* c = static_cast<Code*>(CONST(code[pc + 1]).as_cell());
        bool has_super = code[pc + 2] != 0;
        Object* proto_parent = vm.realm().object_prototype;
        Object* ctor_parent = vm.realm().function_prototype;
        f->pc = start + 1;
        if (has_super) {
          Value super_class = POP();
          if (super_class.is_null()) {
            proto_parent = nullptr;
          } else {
            if (!Vm::is_constructor(super_class)) {
              std::string shown = super_class.is_undefined() ? "undefined"
                                  : super_class.is_object()  ? "[object Object]"
                                                             : "value";
              if (super_class.is_number() || super_class.is_string() || super_class.is_boolean()) {
                String* s = to_string(vm, super_class);
                shown = s != nullptr ? s->to_utf8() : shown;
              }
              vm.throw_type_error("Class extends value " + shown + " is not a constructor or null");
              THROW();
            }
            Value pp = vm.get(super_class, "prototype");
            CHECK(pp);
            if (!pp.is_object() && !pp.is_null()) {
              vm.throw_type_error("Class extends value does not have valid prototype property");
              THROW();
            }
            proto_parent = pp.is_null() ? nullptr : pp.as_object();
            ctor_parent = super_class.as_object();
          }
        }
        Object* proto = vm.new_object(proto_parent);
        auto* fn = heap.make<ClosureFunction>(ctor_parent, c, f->env);
        fn->set_constructor(true);
        vm.set_function_name_length(fn, Value(vm.atom(c->name)), c->length);
        fn->define(vm.key("prototype"), Value(proto), 0);
        proto->define(vm.key("constructor"), Value(static_cast<Object*>(fn)), kMethodAttrs);
        fn->set_home_object(proto);
        PUSH(Value(static_cast<Object*>(fn)));
        PUSH(Value(proto));
        pc += 3;
        break;
      }
      case Op::kSetFieldsInit: {
        Value init = POP();
        auto* ctor = static_cast<ClosureFunction*>(TOP().as_object());
        static_cast<ClosureFunction*>(init.as_object())
            ->set_home_object(ctor->get_own_property(vm.key("prototype"))->value.as_object());
        ctor->set_fields_initializer(init);
        pc += 1;
        break;
      }
      case Op::kTemplateObject:
        PUSH(CONST(code[pc + 1]));
        pc += 2;
        break;

      // ---- iteration ----
      case Op::kGetIterator:
      case Op::kGetAsyncIterator: {
        Value iterable = TOP();
        f->pc = start + 1;
        Value iterator, next;
        bool is_sync = true;
        if (!ops::get_iterator(vm, iterable, op == Op::kGetAsyncIterator, iterator, next,
                               CONST(code[pc + 1]).as_string()->to_utf8(), &is_sync))
          THROW();
        sp[-1] = iterator;
        PUSH(next);
        if (op == Op::kGetAsyncIterator) PUSH(Value::boolean(is_sync));
        pc += 2;
        break;
      }
      case Op::kIterResultCheck:
        if (!TOP().is_object()) {
          f->pc = start + 1;
          String* s = to_string(vm, TOP());
          vm.throw_type_error("Iterator result " + (s != nullptr ? s->to_utf8() : std::string("value")) +
                              " is not an object");
          THROW();
        }
        pc += 1;
        break;
      case Op::kIterValue: {
        Value r = TOP();
        f->pc = start + 1;
        Value done = vm.get(r, "done");
        CHECK(done);
        if (to_boolean(done)) {
          --sp;
          pc = code[pc + 1];
          break;
        }
        Value v = vm.get(r, "value");
        CHECK(v);
        sp[-1] = v;
        pc += 2;
        break;
      }
      case Op::kIteratorClose: {
        f->pc = start + 1;
        if (!ops::iterator_close(vm, regs[code[pc + 1]])) THROW();
        pc += 2;
        break;
      }
      case Op::kForInPrepare: {
        f->pc = start + 1;
        Value it = ops::for_in_prepare(vm, TOP());
        CHECK(it);
        sp[-1] = it;
        pc += 1;
        break;
      }
      case Op::kForInNext: {
        f->pc = start + 1;
        Value key = ops::for_in_next(vm, regs[code[pc + 1]]);
        CHECK(key);
        if (key.is_hole()) {
          pc = code[pc + 2];
          if (may_collect && heap.wants_collection()) {
            SAVE_FRAME();
            heap.collect();
          }
          break;
        }
        PUSH(key);
        pc += 3;
        break;
      }
      case Op::kCount:
      default:
        f->pc = start + 1;
        vm.throw_type_error("internal error: bad instruction");
        THROW();
    }
    continue;

  handle_exception:
    // Unwind to the nearest handler of the running frames; frames without one are popped. An
    // async function's frame turns the exception into the rejection of its promise.
    m_engine.add_instructions(executed);
    executed = 0;
    for (;;) {
      f = &m_frames.back();
      if (m_terminating) {
        // The runaway guard: no handler runs and no async function rejects; every frame of this
        // run goes, and the run that started below it unwinds in turn.
        if (m_handlers.size() > f->handler_base) m_handlers.resize(f->handler_base);
        const bool entry = f->is_entry;
        m_sp = f->base - 2;
        m_frames.pop_back();
        if (entry) {
          result = Value::exception();
          return RunStatus::kThrew;
        }
        continue;
      }
      if (m_handlers.size() > f->handler_base) {
        Handler h = m_handlers.back();
        m_handlers.pop_back();
        Value exception = vm.take_exception();
        f->env = h.env;
        m_sp = h.stack_height;
        f->pc = h.catch_pc;
        LOAD_FRAME();
        PUSH(exception);
        break;
      }
      bool entry = f->is_entry;
      std::uint32_t callee_slot = f->base - 2;
      if (f->async_state != nullptr) {
        auto* state = static_cast<AsyncFunctionState*>(f->async_state);
        reject_promise(vm, state->promise(), vm.take_exception());
        Value value = Value(static_cast<Object*>(state->promise()));
        bool discard = f->discard_result;
        m_frames.pop_back();
        m_sp = callee_slot;
        if (entry) {
          result = value;
          return RunStatus::kDone;
        }
        LOAD_FRAME();
        if (!discard) PUSH(value);
        break;
      }
      m_frames.pop_back();
      m_sp = callee_slot;
      if (entry) {
        result = Value::exception();
        return RunStatus::kThrew;
      }
    }
  }
#undef LOAD_FRAME
#undef SAVE_FRAME
#undef PUSH
#undef POP
#undef TOP
#undef THROW
#undef CHECK
#undef CONST
#undef ATOM
}

}  // namespace looplab::js
