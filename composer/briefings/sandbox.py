"""The sandbox user templates are rendered in, with bounds.

A user template is untrusted: a colleague's or a downloaded .docx. Jinja2's
``ImmutableSandboxedEnvironment`` already refuses attribute tricks (``__class__`` …) and
changing lists and dicts; :class:`BoundedSandbox` adds bounds, so that a template can
neither hang the app nor make it run out of memory, and every way it fails is an error
the export turns into a message (``TemplateLimit`` carries the reason):

- a template is one document: ``{% include %}``, ``{% import %}`` and ``{% extends %}``
  are refused when it is compiled;
- ``range()`` gives at most MAX_RANGE numbers, and all loop iterations and calls
  together are at most MAX_ITERATIONS;
- a text or list the template makes (``*``, ``+``, ``~``, ``%``, padding, ``replace``,
  ``join`` …) holds at most MAX_LENGTH characters or items, a number at most
  MAX_INT_BITS bits, a format width at most MAX_WIDTH; each check is made before the
  value is built where its size can be told in advance;
- the output — every ``{{ value }}`` and the literal text each loop iteration repeats —
  is at most MAX_OUTPUT characters;
- macros, ``caller()`` and recursive loops nest at most MAX_DEPTH deep;
- rendering stops after MAX_SECONDS.

The limits are far above what a briefing needs (a 1,000-item briefing makes a few
thousand iterations and a few million characters).
"""

from __future__ import annotations

import re
import string
import time
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from functools import lru_cache, wraps
from itertools import islice
from types import CodeType
from typing import Any

from docxtpl import DocxTemplate
from jinja2 import StrictUndefined, Undefined, nodes, pass_environment, pass_eval_context
from jinja2.exceptions import SecurityError
from jinja2.filters import make_attrgetter, sync_do_join, sync_do_sum
from jinja2.runtime import LoopContext, markup_join
from jinja2.sandbox import ImmutableSandboxedEnvironment
from jinja2.visitor import NodeTransformer

from composer.common.messages import BriefingError, Message

MAX_RANGE = 10_000
MAX_ITERATIONS = 1_000_000
MAX_LENGTH = 10_000_000
MAX_OUTPUT = 100_000_000
MAX_INT_BITS = 100_000
MAX_WIDTH = 1_000
MAX_DEPTH = 30
MAX_SECONDS = 30.0


class TemplateLimit(SecurityError):
    """A bound of the sandbox was reached; ``reason`` (a Message) says which."""

    def __init__(self, reason: Message) -> None:
        super().__init__(reason.render("en"))
        self.reason = reason


def too_long() -> TemplateLimit:
    return TemplateLimit(Message("reason_template_value", limit=MAX_LENGTH))


class BoundedSandbox(ImmutableSandboxedEnvironment):
    """One per render: it counts what the template spends."""

    intercepted_binops = frozenset({"*", "**", "%", "+"})

    def __init__(self) -> None:
        super().__init__(autoescape=True, undefined=StrictUndefined, finalize=self._output)
        self.globals.pop("lipsum", None)  # lipsum(n) writes n paragraphs
        self.globals["range"] = _range
        filters = {**self.filters, "join": _join, "sum": _sum}
        self.filters = {name: self._guarded_filter(name, function) for name, function in filters.items()}
        self.spent = 0  # loop iterations and calls
        self.written = 0  # characters output
        self.depth = 0
        self.deadline = time.monotonic() + MAX_SECONDS

    # -- compiling: one document, every loop and ``~`` counted --------------------------------

    def compile(  # type: ignore[override]
        self,
        source: str | nodes.Template,
        name: str | None = None,
        filename: str | None = None,
        raw: bool = False,
        defer_init: bool = False,
    ) -> str | CodeType:
        """A template's parts compiled once per process: the same template exported again
        (each export is a new sandbox) skips about a tenth of a 1,000-item export. The code
        is the same for every sandbox (same options and filters; the budget is read from the
        environment at run time), and a source that fails is compiled, and fails, again."""
        if isinstance(source, str) and not raw:
            return _compiled(source, name, filename, defer_init)
        compiled: str | CodeType = super().compile(source, name, filename, raw, defer_init)  # type: ignore[call-overload]
        return compiled

    def compile_uncached(self, source: str, name: str | None, filename: str | None, defer_init: bool) -> CodeType:
        code: CodeType = super().compile(source, name, filename, False, defer_init)
        return code

    def _parse(self, source: str, name: str | None, filename: str | None) -> nodes.Template:
        tree = super()._parse(source, name, filename)
        for _ in tree.find_all((nodes.Extends, nodes.Include, nodes.Import, nodes.FromImport)):
            raise TemplateLimit(Message("reason_template_include"))
        result: nodes.Template = _Counted().visit(tree)
        return result

    # -- spending ------------------------------------------------------------------------

    def charge(self, iterations: int = 1, characters: int = 0) -> None:
        self.spent += iterations
        self.written += characters
        if self.spent > MAX_ITERATIONS:
            raise TemplateLimit(Message("reason_template_iterations", limit=MAX_ITERATIONS))
        if self.written > MAX_OUTPUT:
            raise TemplateLimit(Message("reason_template_output", limit=MAX_OUTPUT))
        if time.monotonic() > self.deadline:
            raise TemplateLimit(Message("reason_template_time", seconds=int(MAX_SECONDS)))

    def counted_loop(self, items: Iterable[Any], repeated_text: int) -> Iterator[Any]:
        """What a ``{% for %}`` iterates (the compiler puts every loop's items through
        here): each iteration is charged, with the literal text its body writes."""
        for item in items:
            self.charge(1, repeated_text)
            yield item

    def counted_concat(self, *parts: Any) -> str:
        """``a ~ b``: refused before it is built when it would be too long."""
        if sum(weight(part) for part in parts) > MAX_LENGTH:
            raise too_long()
        return markup_join(parts)

    def _output(self, value: Any) -> Any:  # finalize: every {{ value }} on its way out
        # the hot path of a render (tens of thousands of values): a text's length directly,
        # and no clock (loops and calls read it; an output is bounded by its loop)
        self.written += len(value) if isinstance(value, str) else weight(value, MAX_OUTPUT)
        if self.written > MAX_OUTPUT:
            raise TemplateLimit(Message("reason_template_output", limit=MAX_OUTPUT))
        return value

    def concat(self, pieces: Iterable[str]) -> str:
        """Joins every buffer of the compiled template: the page, macros, blocks; counted a
        thousand pieces at a time (each piece is bounded already: the output of one value or
        one stretch of the template's text)."""
        kept: list[str] = []
        size = 0
        stream = iter(pieces)
        while chunk := list(islice(stream, 1000)):
            size += sum(map(len, chunk))
            if size > MAX_OUTPUT:
                raise TemplateLimit(Message("reason_template_output", limit=MAX_OUTPUT))
            kept.extend(chunk)
        return "".join(kept)

    # -- calls, operators, filters ---------------------------------------------------------

    def call(self, context: Any, function: Any, /, *args: Any, **kwargs: Any) -> Any:
        self.charge()
        if isinstance(function, LoopContext) and args:  # loop(children) in a recursive loop
            args = (self.counted_loop(args[0], 0), *args[1:])
        owner = getattr(function, "__self__", None)
        if isinstance(owner, str) and function.__name__ in _STRING_GROWTH:
            if function.__name__ == "join" and args:  # its size is told from the items: made once
                args = (list(args[0]), *args[1:])
            if _STRING_GROWTH[function.__name__](owner, *args) > MAX_LENGTH:
                raise too_long()
        self.depth += 1
        try:
            if self.depth > MAX_DEPTH:
                raise TemplateLimit(Message("reason_template_depth", limit=MAX_DEPTH))
            return _checked(super().call(context, function, *args, **kwargs))
        finally:
            self.depth -= 1

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        self.charge()
        if operator == "*":
            _check_product(left, right)
        elif operator == "**":
            _check_power(left, right)
        elif operator == "+" and _is_sequence(left) and _is_sequence(right):
            if weight(left) + weight(right) > MAX_LENGTH:
                raise too_long()
        elif operator == "%" and isinstance(left, str):
            _check_percent_format(left)
        return _checked(super().call_binop(context, operator, left, right))

    def wrap_str_format(self, value: Any) -> Callable[..., str] | None:
        wrapper = super().wrap_str_format(value)
        if wrapper is not None:
            _check_format_spec(value.__self__)
        return wrapper

    def _guarded_filter(self, name: str, function: Callable[..., Any]) -> Callable[..., Any]:
        """The filter, charged as a call, its size arguments bounded, its result checked."""
        estimate = _FILTER_GROWTH.get(name)
        sized = name in _SIZED_FILTERS
        value_at = 1 if hasattr(function, "jinja_pass_arg") else 0  # after the context or environment

        @wraps(function)
        def guarded(*args: Any, **kwargs: Any) -> Any:
            self.charge()
            arguments = [*args[value_at + 1:], *kwargs.values()]
            if sized and any(_is_int(argument) and abs(argument) > MAX_LENGTH for argument in arguments):
                raise too_long()
            if estimate is not None and len(args) > value_at and estimate(*args[value_at:], **kwargs) > MAX_LENGTH:
                raise too_long()
            return _checked(function(*args, **kwargs))

        return guarded


@lru_cache(maxsize=32)  # a few templates of a few parts each
def _compiled(source: str, name: str | None, filename: str | None, defer_init: bool) -> CodeType:
    return BoundedSandbox().compile_uncached(source, name, filename, defer_init)


class _Counted(NodeTransformer):
    """Every ``{% for %}`` iterates through ``counted_loop`` and every ``~`` is
    ``counted_concat`` (the environment's methods, which a template cannot replace)."""

    def visit_For(self, node: nodes.For) -> nodes.Node:
        self.generic_visit(node)
        repeated = sum(len(data.data) for child in node.body for data in child.find_all(nodes.TemplateData))
        node.iter = nodes.Call(nodes.EnvironmentAttribute("counted_loop"), [node.iter, nodes.Const(repeated)],
                               [], None, None, lineno=node.lineno)
        return node

    def visit_Concat(self, node: nodes.Concat) -> nodes.Node:
        self.generic_visit(node)
        return nodes.Call(nodes.EnvironmentAttribute("counted_concat"), list(node.nodes), [], None, None,
                          lineno=node.lineno)


class SafeDocxTemplate(DocxTemplate):  # type: ignore[misc]
    """docxtpl, refusing a rendered part that declares a DTD (a template can write raw
    XML with ``|safe``; docxtpl parses the result with entities resolved)."""

    def render_xml_part(self, src_xml: str, part: Any, context: dict, jinja_env: Any = None) -> str:
        rendered: str = super().render_xml_part(src_xml, part, context, jinja_env)
        if _DTD.search(rendered):
            raise BriefingError("template_doctype", part=str(part.partname).lstrip("/"))
        return rendered


_DTD = re.compile(r"<!\s*(DOCTYPE|ENTITY)", re.IGNORECASE)


# -- sizes -----------------------------------------------------------------------------------


def weight(value: Any, limit: int = MAX_LENGTH) -> int:
    """About how long ``str(value)`` is, or how many items a container holds with
    everything in them; stops counting past ``limit``. 0 for what is small (numbers are
    bounded elsewhere) or not ours to convert (an undefined value)."""
    if isinstance(value, str | bytes):
        return len(value)
    if isinstance(value, Undefined):
        return 0
    if isinstance(value, Mapping):
        value = value.items()
    if isinstance(value, Collection):
        total = len(value)
        for item in value:
            if total > limit:
                break
            total += weight(item, limit - total)
        return total
    return 0


def _checked(value: Any) -> Any:
    if isinstance(value, str) and len(value) > MAX_LENGTH:
        raise too_long()
    if _is_int(value) and value.bit_length() > MAX_INT_BITS:
        raise TemplateLimit(Message("reason_template_number", limit=MAX_INT_BITS))
    return value


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_sequence(value: Any) -> bool:
    return isinstance(value, str | list | tuple)


def _range(*args: int) -> range:
    numbers = range(*args)
    try:
        count = len(numbers)
    except OverflowError:  # more than a machine word can count
        count = MAX_RANGE + 1
    if count > MAX_RANGE:
        raise TemplateLimit(Message("reason_template_range", limit=MAX_RANGE))
    return numbers


def _check_product(left: Any, right: Any) -> None:
    if _is_int(left) and _is_int(right):
        if left.bit_length() + right.bit_length() > MAX_INT_BITS:
            raise TemplateLimit(Message("reason_template_number", limit=MAX_INT_BITS))
        return
    for sequence, times in ((left, right), (right, left)):
        if _is_sequence(sequence) and _is_int(times) and weight(sequence) * max(times, 0) > MAX_LENGTH:
            raise too_long()


def _check_power(base: Any, exponent: Any) -> None:
    growing = _is_int(base) and _is_int(exponent) and abs(base) > 1 and exponent > 0
    if growing and base.bit_length() * exponent > MAX_INT_BITS:
        raise TemplateLimit(Message("reason_template_number", limit=MAX_INT_BITS))


_PERCENT_SPEC = re.compile(r"%(?:\([^)]*\))?[-#0 +]*(\*|\d+)?(?:\.(\*|\d+))?")


def _check_percent_format(text: str) -> None:
    """``'%1000000000d' % 1`` would build a gigabyte: widths and precisions are bounded."""
    for width, precision in _PERCENT_SPEC.findall(text):
        _check_widths([width, precision])


def _check_format_spec(text: str) -> None:
    """The same for ``'{:>1000000000}'.format(…)``; a width taken from the arguments
    (``{:{}}``) is refused."""
    try:
        fields = [spec for _, name, spec, _ in string.Formatter().parse(text) if name is not None and spec]
    except ValueError:
        return  # malformed: format() itself says so
    for spec in fields:
        _check_widths(["*"] if "{" in spec else re.findall(r"\d+", spec))


def _check_widths(numbers: Iterable[str]) -> None:
    for number in numbers:
        if number == "*" or (number and int(number) > MAX_WIDTH):
            raise TemplateLimit(Message("reason_template_width", limit=MAX_WIDTH))


# How long a str method's result may be, told from its arguments before it is built.
def _padded(text: str, width: int, *_: Any) -> int:
    return max(len(text), width) if _is_int(width) else len(text)


def _replaced(text: str, old: Any, new: Any, count: int = -1, *_: Any) -> int:
    if not isinstance(old, str) or not isinstance(new, str):
        return len(text)
    found = text.count(old) if old else len(text) + 1
    if _is_int(count) and count >= 0:
        found = min(found, count)
    return len(text) + found * len(new)


def _joined(separator: str, items: Any = (), *_: Any) -> int:
    return weight(items) + len(separator) * len(items) if isinstance(items, list | tuple) else 0


def _translated(text: str, table: Any = None, *_: Any) -> int:
    if not isinstance(table, dict):
        return len(text)
    return len(text) * max((len(value) for value in table.values() if isinstance(value, str)), default=1)


_STRING_GROWTH: dict[str, Callable[..., int]] = {
    "center": _padded, "ljust": _padded, "rjust": _padded, "zfill": _padded,
    "expandtabs": lambda text, tabsize=8, *_: len(text) + text.count("\t") * (tabsize if _is_int(tabsize) else 0),
    "replace": _replaced, "join": _joined, "translate": _translated,
}


# The same for the filters that can make a long text from a short one.
def _indented(value: Any, width: Any = 4, *_: Any, **__: Any) -> int:
    text = str(value) if isinstance(value, str) else ""
    pad = len(width) if isinstance(width, str) else (width if _is_int(width) else 0)
    return len(text) + (text.count("\n") + 1) * pad


def _wrapped(value: Any, width: Any = 79, break_long_words: bool = True, wrapstring: Any = None, *_: Any,
             **kwargs: Any) -> int:
    text = str(value) if isinstance(value, str) else ""
    wrapstring = kwargs.get("wrapstring", wrapstring)
    width = kwargs.get("width", width)
    lines = len(text) // max(width if _is_int(width) else 1, 1) + 1
    return len(text) + lines * len(wrapstring if isinstance(wrapstring, str) else "\n")


def _formatted(value: Any, *args: Any, **kwargs: Any) -> int:
    if isinstance(value, str):
        _check_percent_format(value)
    return weight(value) + weight(args) + weight(kwargs)


_FILTER_GROWTH: dict[str, Callable[..., int]] = {
    "center": lambda value, width=80, *_: _padded(str(value) if isinstance(value, str) else "", width),
    "indent": _indented,
    "replace": lambda value, old, new, count=None, *_: _replaced(str(value), old, new,
                                                                 -1 if count is None else count),
    "wordwrap": _wrapped,
    "format": _formatted,
    "string": lambda value, *_: weight(value),
    "pprint": lambda value, *_: weight(value),
    "tojson": lambda value, indent=None, *_: weight(value) * (2 + (indent if _is_int(indent) else 0)),
}
# Filters whose whole-number arguments are sizes (widths, counts of items).
_SIZED_FILTERS = frozenset({"center", "indent", "batch", "slice", "wordwrap", "tojson"})


@pass_eval_context
def _join(eval_ctx: Any, value: Iterable[Any], d: str = "", attribute: str | int | None = None) -> str:
    """Jinja's join, with its size told before it is built."""
    items = list(value)
    if attribute is not None:
        items = list(map(make_attrgetter(eval_ctx.environment, attribute), items))
    if weight(items) + len(str(d)) * len(items) > MAX_LENGTH:
        raise too_long()
    return sync_do_join(eval_ctx, items, d)


@pass_environment
def _sum(environment: Any, iterable: Iterable[Any], attribute: str | int | None = None, start: Any = 0) -> Any:
    """Jinja's sum, for numbers only (adding lists one by one takes quadratic time)."""
    if not isinstance(start, int | float):
        raise TemplateLimit(Message("reason_template_sum"))
    return sync_do_sum(environment, iterable, attribute, start)
