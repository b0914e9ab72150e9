"""XML as text: escaping as libxml2 does it, and an emitter that indents by nesting.

The writer produces its XML as text rather than building an lxml tree and serializing it; the
bytes must be exactly what lxml would write (:func:`encoder.tei.writer.serialize` is the
reference, and the tests hold the two to each other).

Escaping. :func:`text` and :func:`attr` are the ones the writer uses: they return the value
unchanged, without a copy, when it holds no character to escape, which is the usual case.
:func:`text_plain` and :func:`attr_plain` are the reference forms, which always replace; a
property test holds each fast form to its reference and both to what lxml writes.

Ids, register keys and the pointers made of them need no escaping at all: they are NCNames
(letters, digits, ``.``, ``-``, ``_``), which hold none of the characters escaped here. They
still go through :func:`attr`, whose fast path returns them as they are.
"""

from __future__ import annotations

from collections.abc import Mapping

#: The characters escaped in element content, and what they become.
TEXT_ESCAPES = (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ("\r", "&#13;"))
#: The characters escaped in an attribute value ("&" first: the others bring one in).
ATTR_ESCAPES = (*TEXT_ESCAPES[:3], ('"', "&quot;"), ("\n", "&#10;"), ("\r", "&#13;"), ("\t", "&#9;"))


def text_plain(value: str) -> str:
    """``value`` escaped as element content: the reference form."""
    for char, escaped in TEXT_ESCAPES:
        value = value.replace(char, escaped)
    return value


def attr_plain(value: str) -> str:
    """``value`` escaped as an attribute value: the reference form."""
    for char, escaped in ATTR_ESCAPES:
        value = value.replace(char, escaped)
    return value


def text(value: str) -> str:
    """``value`` escaped as element content (as libxml2 writes it); :func:`text_plain` is the reference."""
    if "&" not in value and "<" not in value and ">" not in value and "\r" not in value:
        return value
    return text_plain(value)


def attr(value: str) -> str:
    """``value`` escaped as an attribute value (as libxml2 writes it); :func:`attr_plain` is the reference."""
    if (
        "&" not in value
        and "<" not in value
        and ">" not in value
        and '"' not in value
        and "\n" not in value
        and "\r" not in value
        and "\t" not in value
    ):
        return value
    return attr_plain(value)


def attrs(attrib: Mapping[str, str] | None) -> str:
    """The attributes of a start tag, each with a space before it ("" for none)."""
    out = ""
    for name, value in (attrib or {}).items():
        out += f' {name}="{attr(value)}"'
    return out


def element(tag: str, attrib: Mapping[str, str] | None, content: str | None) -> str:
    """One element on one line; ``content`` is escaped markup (None: an empty element)."""
    start = f"{tag}{attrs(attrib)}"
    return f"<{start}/>" if content is None else f"<{start}>{content}</{tag}>"


class Emitter:
    """Writes indented XML text: an element that holds only elements is opened and closed on
    lines of their own, two spaces a level deeper than its parent; an element that holds text
    is a leaf, on one line. The level comes from the nesting of :meth:`open` and :meth:`close`."""

    def __init__(self) -> None:
        self.out: list[str] = []
        self._open: list[tuple[str, int]] = []  # each open element and the size of out after its start tag

    @property
    def level(self) -> int:
        return len(self._open)

    def line(self, markup: str) -> None:
        """One line of markup at the current level."""
        self.out.append(f"{'  ' * len(self._open)}{markup}\n")

    def open(self, tag: str, attrib: Mapping[str, str] | None = None) -> None:
        """Start an element that holds elements."""
        self.line(f"<{tag}{attrs(attrib)}>")
        self._open.append((tag, len(self.out)))

    def close(self) -> None:
        """End the element opened last (written empty when nothing was put in it)."""
        tag, mark = self._open.pop()
        if len(self.out) == mark:
            self.out[-1] = self.out[-1][:-2] + "/>\n"
        else:
            self.line(f"</{tag}>")

    def leaf(self, tag: str, content: str | None, attrib: Mapping[str, str] | None = None) -> None:
        """An element that holds text (``content``: escaped markup; None: empty) on one line."""
        self.line(element(tag, attrib, content))

    def text(self) -> str:
        """What was written; every element must be closed."""
        if self._open:
            raise ValueError(f"unclosed elements: {', '.join(tag for tag, _ in self._open)}")
        return "".join(self.out)
