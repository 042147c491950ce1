#!/usr/bin/env bash
# lint.sh: structural checks of the C sources (`make lint`); prints each problem, exits 1 if any.
#  1. Include direction: no #include from a lower layer to a higher one. Layers, lowest first:
#       common < gc/alloc < objects (with gc/gc) < lexer < parser < compiler < vm < stdlib < repl
#     Exceptions, by design: vm/errors.h (the error API every layer raises through) and
#     vm/opcodes.h (+ opcodes.def: what a code object holds) count as objects-level headers, so
#     anything from objects up may include them (and they may include only that low themselves);
#     the lexer includes bison's generated token header (grammar.tab.h, in build/gen);
#     vm/call.h, vm/vm.h and vm/traceback.h are the VM's services to objects (objects level);
#     parser/parser.h and ast.h hold the syntax-error record the lexer fills (lexer level);
#     stdlib/modules.h is the module registry the import system reads (vm level).
#  2. *_internal.h headers are included only from their own folder.
#  3. Exported names: every function or variable declared in a header carries an area prefix
#     (lex_ parse_ ast_ compile_ mem_ gc_ obj_ int_ ... vm_ mod_<name>_, a folder's name, the name
#     of a header, e.g. symtable_ for compiler/symtable.h, or of a type object: staticmethod_ for
#     staticmethod_type); extern data may also be PascalCase (Exc_TypeError).
set -uo pipefail
cd "$(dirname "$0")/.."

DIRS="common gc objects lexer parser compiler vm stdlib repl"
problems=0
report() { echo "lint: $*"; problems=$((problems + 1)); }

# rank <path>: the layer of a file or an included header ("" for unknown ones)
rank() {
    case "$1" in
    vm/errors.h | vm/opcodes.h | vm/opcodes.def) echo 2 ;;
    # the VM's services to objects (calling Python code, the running program, unraisable errors)
    vm/call.h | vm/vm.h | vm/traceback.h) echo 2 ;;
    # the syntax error record the lexer fills
    parser/parser.h | parser/ast.h) echo 3 ;;
    # the module registry, which the import system consults
    stdlib/modules.h | stdlib/modules.def) echo 6 ;;
    common/*) echo 0 ;;
    gc/alloc.*) echo 1 ;;
    gc/*) echo 2 ;;
    objects/*) echo 2 ;;
    lexer/*) echo 3 ;;
    parser/*) echo 4 ;;
    compiler/*) echo 5 ;;
    vm/*) echo 6 ;;
    stdlib/*) echo 7 ;;
    repl/*) echo 8 ;;
    *) echo "" ;;
    esac
}

layer_name=(common gc/alloc objects lexer parser compiler vm stdlib repl)

mapfile -t files < <(for d in $DIRS; do
    [ -d "$d" ] && find "$d" -type f \( -name '*.c' -o -name '*.h' -o -name '*.re' -o -name '*.y' -o -name '*.def' \)
done | LC_ALL=C sort)

# ---- 1 and 2: includes ----
for f in "${files[@]}"; do
    from=$(rank "$f")
    [ -n "$from" ] || continue
    while IFS=: read -r line inc; do
        [[ "$inc" == */* ]] || continue          # "grammar.tab.h" and other generated headers
        to=$(rank "$inc")
        [ -n "$to" ] || continue
        if [ "$to" -gt "$from" ]; then
            report "$f:$line: includes \"$inc\" (${layer_name[$to]}) from a lower layer (${layer_name[$from]})"
        fi
        if [[ "$inc" == *_internal.h && "${inc%%/*}" != "${f%%/*}" ]]; then
            report "$f:$line: includes \"$inc\", internal to ${inc%%/*}/"
        fi
    done < <(grep -n '^[[:space:]]*#[[:space:]]*include[[:space:]]*"' "$f" |
             sed -E 's/^([0-9]+):[[:space:]]*#[[:space:]]*include[[:space:]]*"([^"]+)".*/\1:\2/')
done

# ---- 3: exported names ----
prefixes="$DIRS lex parse ast compile disasm code mem gc obj int float complex bool str bytes list
          tuple dict set range slice type func method cell module frame exc vm mod arg sb repr tb
          call gen iter descr symtable opcode nb ref"
# every header names a prefix: symtable.h -> symtable_, eval_helpers.h -> eval_, slots.h -> slot_,
# listobject.h -> list_; and every type object foo_type names foo_ (staticmethod_new, file_flush)
for h in "${files[@]}"; do
    [[ "$h" == *.h ]] || continue
    b=$(basename "$h" .h)
    b=${b%_internal}
    b=${b%object}
    prefixes="$prefixes $b ${b%%_*} ${b%s}"
    prefixes="$prefixes $(grep -ohE '\b[a-z][a-z0-9_]*_type\b' "$h" | sed 's/_type$//' | sort -u | tr '\n' ' ')"
done
prefix_re="^($(echo $prefixes | tr ' ' '\n' | sort -u | paste -sd'|'))(_|$)"

for h in "${files[@]}"; do
    [[ "$h" == *.h ]] || continue
    # top-level declarations: a type, then name( ; or extern ... name; (not static/typedef/macros)
    while IFS=: read -r line kind name; do
        [[ "$name" =~ $prefix_re ]] && continue
        [[ "$kind" == data && "$name" =~ ^[A-Z] ]] && continue
        [[ "$name" == main ]] && continue
        report "$h:$line: exported $kind '$name' has no area prefix (see tests/lint.sh)"
    done < <(awk '
        /^[[:space:]]*(#|\/\/|\*|\/\*)/ { next }
        /^(static|typedef|struct|enum|union|return|if|for|while|[{}])/ { next }
        /^extern[[:space:]]/ {
            line = $0; sub(/\[.*$/, "", line); sub(/;.*$/, "", line); sub(/[[:space:]]*=.*$/, "", line)
            n = split(line, w, /[^A-Za-z0-9_]+/); name = w[n]; if (name == "") name = w[n - 1]
            if (name != "" && name != "C") print FNR ":data:" name
            next
        }
        /^[A-Za-z_][A-Za-z0-9_ \t\*]*[ \t\*][a-z_][a-z0-9_]*[ \t]*\(/ {
            line = $0; sub(/\(.*$/, "", line)
            n = split(line, w, /[^A-Za-z0-9_]+/); name = w[n]; if (name == "") name = w[n - 1]
            print FNR ":func:" name
        }' "$h")
done

if [ "$problems" -eq 0 ]; then
    echo "lint: ok (${#files[@]} files)"
    exit 0
fi
echo "lint: $problems problem(s)"
exit 1
