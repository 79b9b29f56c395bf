#!/usr/bin/env python3
# structure.py -- check the layering and the size limits of a source tree
#
#   python3 tests/structure.py [ROOT]      (ROOT: the top of the tree, default .)
#
# Reads the layer order from ROOT/docs/design.md ("## Layers") and the
# include graph from ROOT/src/*.c and ROOT/src/*.h, and fails (status 1,
# one line per fault, each naming the files) on:
#   - an include cycle between modules (module = x.c + x.h);
#   - an include of a header of a higher layer;
#   - a module in src/ that no layer names (or a layer naming a module
#     that src/ does not have);
#   - a source file over MAX_FILE_LINES lines;
#   - a function over MAX_FUNC_LINES lines, unless docs/design.md lists
#     it under "## Longer functions" with a reason.
# A function is found as STYLE.md writes one: the name at column 0
# followed by '(' (the return type on the line above), the body's '{' and
# '}' at column 0; its length counts from the name's line to the '}'.
# "static int name(void)" on one line is found too.
import os
import re
import sys

MAX_FILE_LINES = 1500
MAX_FUNC_LINES = 120


def section(text, title):
    """The lines of the '## title' section of a markdown text, or None."""
    out, inside = [], False
    for line in text.splitlines():
        if line.startswith('## '):
            if inside:
                break
            inside = line[3:].strip().lower() == title.lower()
            continue
        if inside:
            out.append(line)
    return out if inside or out else None


def read_layers(design, faults):
    """module -> (layer number, step within the layer, layer name)."""
    lines = section(design, 'Layers')
    if lines is None:
        faults.append('docs/design.md: no "## Layers" section')
        return {}
    levels = {}
    item = re.compile(r'^\s*(\d+)\.\s+([A-Za-z][\w -]*?):\s*(.*)$')
    for line in lines:
        m = item.match(line)
        if not m:
            continue
        num, name, rest = int(m.group(1)), m.group(2).strip(), m.group(3)
        while re.search(r'\([^()]*\)', rest):  # (comments) name nothing
            rest = re.sub(r'\([^()]*\)', ' ', rest)
        # "shell, then dotcmd tutor, then console": steps inside a layer.
        for step, part in enumerate(re.split(r',?\s*\bthen\b\s*', rest)):
            for mod in re.findall(r'[A-Za-z_]\w*', part.replace('`', ' ')):
                if mod in levels:
                    faults.append('docs/design.md: module %s is named in '
                                  'two layers (%s and %s)'
                                  % (mod, levels[mod][2], name))
                levels[mod] = (num, step, name)
    steps = {}
    for num, step, name in levels.values():
        steps[num] = max(steps.get(num, 0), step)
    for mod, (num, step, name) in list(levels.items()):
        if steps[num] > 0:
            name = '%s (step %d)' % (name, step + 1)
        levels[mod] = (num, step, name)
    if not levels:
        faults.append('docs/design.md: "## Layers" names no module '
                      '(want lines like "1. support: xmalloc buf")')
    return levels


def read_exceptions(design):
    """{(file, function)} allowed over MAX_FUNC_LINES: lines like
    - `src/x.c: name` -- the reason"""
    allowed = set()
    for line in section(design, 'Longer functions') or []:
        m = re.match(r'^\s*[-*]\s+`(?:src/)?([\w.]+):\s*(\w+)(?:\(\))?`'
                     r'\s*(?:--|:|-)?\s*(\S.*)?$', line)
        if m and m.group(3):  # no reason, no exception
            allowed.add((m.group(1), m.group(2)))
    return allowed


def functions(lines):
    """(name, first line, last line) of each definition, 1-based."""
    name_re = re.compile(r'^([A-Za-z_]\w*)\s*\(')
    # Not STYLE.md's, but found all the same: "static int name(void)".
    one_line = re.compile(r'^(?!typedef\b|#)[A-Za-z_][\w \t*]*?[ \t*]'
                          r'([A-Za-z_]\w*)\s*\(')
    i, n, out = 0, len(lines), []
    while i < n:
        m = name_re.match(lines[i])
        if not m or i == 0 or not lines[i - 1].strip() or \
                lines[i - 1].rstrip().endswith((';', '}', ',')):
            m = one_line.match(lines[i])
            if m and m.group(1) == '__attribute__':
                m = None
        if not m:
            i += 1
            continue
        # The parameters run until the '{' at column 0 of a definition;
        # a ';' first means a prototype.
        j = i
        while j < n and not lines[j].startswith('{') and \
                not lines[j].rstrip().endswith(';'):
            j += 1
        if j >= n or not lines[j].startswith('{'):
            i += 1
            continue
        k = j + 1
        while k < n and not lines[k].startswith('}'):
            k += 1
        if k >= n:
            break
        out.append((m.group(1), i + 1, k + 1))
        i = k + 1
    return out


def shortest_cycle(graph, scc, start):
    """The shortest cycle from start back to it, inside scc."""
    prev, todo = {start: None}, [start]
    while todo:
        a = todo.pop(0)
        for b in sorted(graph.get(a, ())):
            if b == start:
                path = [a]
                while prev[path[-1]] is not None:
                    path.append(prev[path[-1]])
                return list(reversed(path))
            if b in scc and b not in prev:
                prev[b] = a
                todo.append(b)
    return None


def cycles(graph, scc):
    """The shortest cycle through each module of scc, each said once,
    starting at its least module: a few lines that name what to break."""
    found = []
    for m in sorted(scc):
        cyc = shortest_cycle(graph, scc, m)
        if cyc is None:
            continue
        i = cyc.index(min(cyc))
        cyc = cyc[i:] + cyc[:i]
        if cyc not in found:
            found.append(cyc)
    return sorted(found, key=lambda c: (len(c), c))


def sccs(graph):
    """Tarjan's strongly connected components, iteratively."""
    index, low, on, stack, out, counter = {}, {}, set(), [], [], [0]
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = counter[0]
        counter[0] += 1
        stack.append(root)
        on.add(root)
        while work:
            v, it = work[-1]
            w = next(it, None)
            if w is not None:
                if w not in index:
                    index[w] = low[w] = counter[0]
                    counter[0] += 1
                    stack.append(w)
                    on.add(w)
                    work.append((w, iter(sorted(graph.get(w, ())))))
                elif w in on:
                    low[v] = min(low[v], index[w])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[v])
            if low[v] == index[v]:
                comp = set()
                while True:
                    w = stack.pop()
                    on.discard(w)
                    comp.add(w)
                    if w == v:
                        break
                out.append(comp)
    return out


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else '.'
    src = os.path.join(root, 'src')
    faults = []
    try:
        with open(os.path.join(root, 'docs', 'design.md')) as f:
            design = f.read()
    except OSError as e:
        print('structure: %s' % e)
        return 1
    levels = read_layers(design, faults)
    allowed = read_exceptions(design)

    files = sorted(f for f in os.listdir(src) if f.endswith(('.c', '.h')))
    modules = {f[:-2] for f in files}
    headers = {f for f in files if f.endswith('.h')}
    for mod in sorted(modules - set(levels)):
        names = ', '.join('src/' + f for f in files if f[:-2] == mod)
        faults.append('%s: module %s is in no layer of docs/design.md'
                      % (names, mod))
    for mod in sorted(set(levels) - modules):
        faults.append('docs/design.md: layer %s names %s, which src/ does '
                      'not have' % (levels[mod][2], mod))

    graph = {m: set() for m in modules}
    where = {}  # (from module, to module) -> first "src/x.c:12"
    inc = re.compile(r'^\s*#\s*include\s+"([^"]+)"')
    used_exceptions = set()
    for f in files:
        path = os.path.join(src, f)
        with open(path, encoding='utf-8', errors='replace') as fh:
            lines = fh.read().split('\n')
        if lines and lines[-1] == '':
            lines.pop()
        if len(lines) > MAX_FILE_LINES:
            faults.append('src/%s: %d lines (at most %d)'
                          % (f, len(lines), MAX_FILE_LINES))
        for name, first, last in functions(lines):
            length = last - first + 1
            if length <= MAX_FUNC_LINES:
                continue
            if (f, name) in allowed:
                used_exceptions.add((f, name))
                continue
            faults.append('src/%s:%d: function %s is %d lines (at most %d; '
                          'or list it under "## Longer functions" in '
                          'docs/design.md with the reason)'
                          % (f, first, name, length, MAX_FUNC_LINES))
        me = f[:-2]
        for no, line in enumerate(lines, 1):
            m = inc.match(line)
            if not m or m.group(1) not in headers:
                continue  # config.h and system headers are no module
            to = m.group(1)[:-2]
            if to == me:
                continue
            graph[me].add(to)
            where.setdefault((me, to), 'src/%s:%d' % (f, no))
            if me in levels and to in levels and levels[to][:2] > levels[me][:2]:
                faults.append('src/%s:%d: includes %s.h of layer %s, above '
                              'its own layer %s'
                              % (f, no, to, levels[to][2], levels[me][2]))
    for f, name in sorted(allowed - used_exceptions):
        faults.append('docs/design.md: "## Longer functions" lists %s in '
                      'src/%s, which is not over %d lines (or not there): '
                      'drop the line' % (name, f, MAX_FUNC_LINES))

    for comp in sorted(sccs(graph), key=min):
        if len(comp) < 2:
            continue
        for cyc in cycles(graph, comp):
            ring = cyc + cyc[:1]
            steps = ', '.join('%s (%s)' % (where[(a, b)], b + '.h')
                              for a, b in zip(ring, ring[1:]))
            faults.append('include cycle %s: %s'
                          % (' -> '.join(ring), steps))
        if len(comp) > 2:
            faults.append('modules tied by include cycles: %s'
                          % ' '.join(sorted(comp)))

    for line in faults:
        print('structure: ' + line)
    if faults:
        print('structure: %d fault(s); the layers are in docs/design.md '
              '("## Layers")' % len(faults))
        return 1
    print('structure: %d modules in %d layers, no cycle, no upward include, '
          'no file over %d lines, no function over %d lines'
          % (len(modules), len({v[0] for v in levels.values()}),
             MAX_FILE_LINES, MAX_FUNC_LINES))
    return 0


if __name__ == '__main__':
    sys.exit(main())
