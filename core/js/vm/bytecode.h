// The instruction set: a stack machine with registers.
//
// Code is a vector of 32-bit words: an opcode word followed by its operands (kOperandCount says
// how many). Operands are register numbers, constant-pool indices (k), jump targets (absolute
// word offsets), counts, or small immediates. Stack effects are written [before -> after].
#pragma once

#include <cstdint>

namespace looplab::js {

#define LOOPLAB_JS_OPCODES(X)                                                                        \
  /* constants and stack shuffles */                                                                 \
  X(kNop, 0)       /* [] */                                                                          \
  X(kUndefined, 0) /* [-> undefined] */                                                              \
  X(kNull, 0)                                                                                        \
  X(kTrue, 0)                                                                                        \
  X(kFalse, 0)                                                                                       \
  X(kHole, 0)  /* [-> hole] (uninitialised binding) */                                               \
  X(kConst, 1) /* k [-> constants[k]] */                                                             \
  X(kInt, 1)   /* i [-> (double)(int32)i] */                                                         \
  X(kPop, 0)                                                                                         \
  X(kDup, 0)  /* [a -> a a] */                                                                       \
  X(kDup2, 0) /* [a b -> a b a b] */                                                                 \
  X(kSwap, 0) /* [a b -> b a] */                                                                     \
  X(kRot3, 0) /* [a b c -> c a b] */                                                                 \
  X(kRot4, 0) /* [a b c d -> d a b c] */                                                             \
  /* variables */                                                                                    \
  X(kLoadReg, 1)        /* r [-> r] */                                                               \
  X(kStoreReg, 1)       /* r [v ->] */                                                               \
  X(kLoadRegChecked, 2) /* r name_k: ReferenceError when r holds the hole (TDZ) */                   \
  X(kCheckReg, 2)       /* r name_k: [] TDZ check before an assignment */                            \
  X(kLoadEnv, 2)        /* depth slot [-> v] */                                                      \
  X(kStoreEnv, 2)       /* depth slot [v ->] */                                                      \
  X(kLoadEnvChecked, 3) /* depth slot name_k */                                                      \
  X(kCheckEnv, 3)       /* depth slot name_k */                                                      \
  X(kLoadGlobal, 1)     /* name_k: ReferenceError "x is not defined" when absent */                  \
  X(kTypeofGlobal, 1)   /* name_k: undefined when absent */                                          \
  X(kStoreGlobal, 1)    /* name_k [v ->] strict: ReferenceError when absent */                       \
  X(kThrowConstAssign, 0)                                                                            \
  X(kPushEnv, 1) /* n: a new Environment of n slots (holes) whose parent is the current */           \
  X(kPopEnv, 0)                                                                                      \
  X(kCopyEnv, 0) /* replaces the current environment by a copy (per-iteration let) */                \
  X(kCallee, 0)  /* [-> the running function] */                                                     \
  X(kThis, 0)                                                                                        \
  X(kNewTarget, 0)                                                                                   \
  X(kArguments, 0)        /* [-> the arguments object (made on first use)] */                        \
  X(kRestArgs, 1)         /* from: [-> array of the arguments from index `from`] */                  \
  X(kArgCount, 0)         /* [-> number of arguments passed] */                                      \
  X(kMappedParamLoad, 1)  /* i: [v -> arguments[i] while parameter i is mapped, else v] */           \
  X(kMappedParamStore, 1) /* i: [v -> v] writes v to arguments[i] while parameter i is mapped */     \
  /* properties */                                                                                   \
  X(kGetProp, 1)                /* name_k [o -> o.name] */                                           \
  X(kGetPropKeep, 1)            /* name_k [o -> o o.name] */                                         \
  X(kSetProp, 1)                /* name_k [o v -> v] */                                              \
  X(kGetElem, 0)                /* [o key -> o[key]] */                                              \
  X(kGetElemKeep, 0)            /* [o key -> o o[key]] */                                            \
  X(kSetElem, 0)                /* [o key v -> v] */                                                 \
  X(kDeleteProp, 1)             /* name_k [o -> bool] */                                             \
  X(kDeleteElem, 0)             /* [o key -> bool] */                                                \
  X(kGetSuper, 1)               /* name_k [-> super.name] (this as receiver) */                      \
  X(kGetSuperElem, 0)           /* [key -> super[key]] */                                            \
  X(kSetSuper, 1)               /* name_k [v -> v] */                                                \
  X(kNewPrivateName, 1)         /* desc_k [-> a new private symbol "#x"] */                          \
  X(kGetPrivate, 1)             /* keep [o key -> value] or [o key -> o value] */                    \
  X(kSetPrivate, 0)             /* [o key v -> v] */                                                 \
  X(kHasPrivate, 0)             /* [o key -> bool] `#x in o` */                                      \
  X(kToPropertyKey, 0)          /* [v -> key] */                                                     \
  X(kRequireObjectCoercible, 2) /* name_k text_k [v -> v] destructuring undefined/null: TypeError */ \
  /* operators */                                                                                    \
  X(kAdd, 0)                                                                                         \
  X(kSub, 0)                                                                                         \
  X(kMul, 0)                                                                                         \
  X(kDiv, 0)                                                                                         \
  X(kMod, 0)                                                                                         \
  X(kExp, 0)                                                                                         \
  X(kShl, 0)                                                                                         \
  X(kSar, 0)                                                                                         \
  X(kShr, 0)                                                                                         \
  X(kBitAnd, 0)                                                                                      \
  X(kBitOr, 0)                                                                                       \
  X(kBitXor, 0)                                                                                      \
  X(kEq, 0)                                                                                          \
  X(kNe, 0)                                                                                          \
  X(kStrictEq, 0)                                                                                    \
  X(kStrictNe, 0)                                                                                    \
  X(kLt, 0)                                                                                          \
  X(kLe, 0)                                                                                          \
  X(kGt, 0)                                                                                          \
  X(kGe, 0)                                                                                          \
  X(kIn, 0)                                                                                          \
  X(kInstanceof, 0)                                                                                  \
  X(kNeg, 0)                                                                                         \
  X(kToNumber, 0)  /* unary + */                                                                     \
  X(kToNumeric, 0) /* postfix ++ keeps the old value as a number */                                  \
  X(kNot, 0)                                                                                         \
  X(kBitNot, 0)                                                                                      \
  X(kTypeof, 0)                                                                                      \
  X(kInc, 0)                                                                                         \
  X(kDec, 0)                                                                                         \
  X(kToString, 0) /* template literal parts */                                                       \
  /* control */                                                                                      \
  X(kJump, 1)                 /* target */                                                           \
  X(kJumpIfFalse, 1)          /* [v ->] */                                                           \
  X(kJumpIfTrue, 1)           /* [v ->] */                                                           \
  X(kJumpIfFalseKeep, 1)      /* && : jumps keeping v, else pops it */                               \
  X(kJumpIfTrueKeep, 1)       /* || */                                                               \
  X(kJumpIfNotNullishKeep, 1) /* ?? */                                                               \
  X(kJumpIfNullish, 1)        /* ?. : [v -> v] peeks */                                              \
  X(kJumpIfUndefined, 1)      /* [v -> v] peeks (defaults) */                                        \
  X(kJumpIfNotUndefined, 1)   /* [v -> v] peeks */                                                   \
  X(kCall, 2)                 /* argc callee_text_k [f this a1..an -> result] */                     \
  X(kCallSpread, 1)           /* callee_text_k [f this array -> result] */                           \
  X(kNew, 2)                  /* argc callee_text_k [f a1..an -> object] */                          \
  X(kNewSpread, 1)            /* callee_text_k [f array -> object] */                                \
  X(kSuperCall, 1)            /* argc [a1..an -> this] binds this, runs field initialisers */        \
  X(kSuperCallSpread, 0)      /* [array -> this] */                                                  \
  X(kReturn, 0)               /* [v ->] */                                                           \
  X(kThrow, 0)                /* [v ->] */                                                           \
  X(kRethrow, 0)              /* [v ->] a finally's implicit rethrow: keeps the first throw site */  \
  X(kThrowError, 2)           /* type msg_k */                                                       \
  X(kPushHandler, 1)          /* catch_pc: on throw, unwind to here and push the exception */        \
  X(kPopHandler, 0)                                                                                  \
  X(kAwait, 0) /* [v -> awaited result] suspends the async function */                               \
  X(kDebugger, 0)                                                                                    \
  /* objects, arrays, functions, classes */                                                          \
  X(kCreateObject, 0)        /* [-> {}] */                                                           \
  X(kCreateArray, 0)         /* [-> []] */                                                           \
  X(kArrayPush, 0)           /* [a v -> a] */                                                        \
  X(kArrayPushHole, 0)       /* [a -> a] */                                                          \
  X(kArraySpread, 1)         /* text_k [a iterable -> a] */                                          \
  X(kDefineField, 1)         /* name_k [o v -> o] CreateDataProperty */                              \
  X(kDefineFieldElem, 0)     /* [o key v -> o] */                                                    \
  X(kDefineMethod, 2)        /* name_k enumerable [o f -> o] sets f's home object */                 \
  X(kDefineMethodElem, 1)    /* enumerable [o key f -> o] */                                         \
  X(kDefineGetter, 1)        /* enumerable [o key f -> o] */                                         \
  X(kDefineSetter, 1)        /* enumerable [o key f -> o] */                                         \
  X(kCopyDataProps, 0)       /* [o src -> o] object spread */                                        \
  X(kCopyDataPropsExcept, 1) /* n [o src k1..kn -> o] object rest */                                 \
  X(kSetFunctionName, 1)     /* prefix_k [f key -> f key] name from a computed key */                \
  X(kClosure, 1)             /* code_k [-> function] */                                              \
  X(kClass, 2)               /* code_k has_super [super? -> ctor proto] */                           \
  X(kSetFieldsInit, 0)       /* [ctor f -> ctor] */                                                  \
  X(kBindThis, 0)            /* [v -> v] after super(): binds this, runs field initialisers */       \
  X(kCallFieldsInit, 0)      /* [-> undefined] runs the class's field initialisers on this */        \
  X(kTemplateObject, 1)      /* k: [-> the call site's strings array (cached)] */                    \
  /* iteration */                                                                                    \
  X(kGetIterator, 1)      /* text_k [iterable -> iterator next] */                                   \
  X(kGetAsyncIterator, 1) /* text_k [-> iterator next is_sync] (for await) */                        \
  X(kIterValue, 1)        /* done_target [result -> value] jumps (popping) when done */              \
  X(kIterResultCheck, 0)  /* [result -> result] TypeError when not an object */                      \
  X(kIteratorClose, 1)    /* iter_reg: calls iterator.return() if present */                         \
  X(kForInPrepare, 0)     /* [o -> keys_iterator] */                                                 \
  X(kForInNext, 2)        /* iter_reg done_target [-> key] */

enum class Op : std::uint32_t {
#define LOOPLAB_JS_OP_ENUM(name, operands) name,
  LOOPLAB_JS_OPCODES(LOOPLAB_JS_OP_ENUM)
#undef LOOPLAB_JS_OP_ENUM
      kCount
};

inline constexpr std::uint8_t kOperandCount[] = {
#define LOOPLAB_JS_OP_COUNT(name, operands) operands,
    LOOPLAB_JS_OPCODES(LOOPLAB_JS_OP_COUNT)
#undef LOOPLAB_JS_OP_COUNT
};

const char* op_name(Op op);

}  // namespace looplab::js
