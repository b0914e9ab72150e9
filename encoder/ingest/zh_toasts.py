"""A speech's toasts, one a line, before the call to drink (a rule of the Chinese list items).

A speech at a banquet or a reception ends with its toasts: the speaker proposes them (``现在我提议：``,
``最后，让我们举杯，``), then each is a line of its own opening with 为 and closed by a comma
(``为中孟两国人民的友谊…，`` / ``为赛义姆总统阁下的健康，``), and ``干杯！`` closes them. Two toasts or
more so, right above that call, are the items of a list (the call itself stays a paragraph). The last
toast may carry the call (``为在座各位朋友的健康干杯！``): it is then the list's last item. Not a poem's
lines opening with 为 (``为毛主席架大桥，`` / ``为毛主席铺铁道，``): no call to drink under them; not a song's
lines opening with 为了 (``为了今天的胜利，``: "in order to", no toast); not one line (a sentence broken by
the export); not a line closed otherwise (``为世界和平而奋斗。``).
"""

from __future__ import annotations

from ..lazy_re import lazy
from ..model import Block, BlockKind

#: A toast on its line: 为 (not 为了), the words (no sentence's end inside them), a comma closing it.
_TOAST = lazy(r"^为(?!了)[^。！？；：!?;:]{2,60}[，,]$")
#: The call to drink that closes the toasts: 干杯！, 干杯。
_CALL = lazy(r"^干杯[！!。]?")
#: The last toast carrying the call: 为在座各位朋友的健康干杯！
_TOAST_CALL = lazy(r"^为(?!了)[^。！？；：!?;:，,]{2,60}干杯[！!。]?$")
#: The fewest toasts that make a list.
_TOASTS = 2


def _toast(block: Block) -> bool:
    return block.kind is BlockKind.PARAGRAPH and len(block.lines) == 1 and bool(_TOAST.match(block.text.strip()))


def toasts(blocks: list[Block]) -> None:
    """Make LIST_ITEM each toast of a run of :data:`_TOASTS` or more right above the call to drink, or
    ending on the toast that carries it (see the module)."""
    for index, block in enumerate(blocks):
        if block.kind is not BlockKind.PARAGRAPH:
            continue
        glued = len(block.lines) == 1 and bool(_TOAST_CALL.match(block.text.strip()))
        if not glued and not _CALL.match(block.text.strip()):
            continue
        start = index
        while start > 0 and _toast(blocks[start - 1]):
            start -= 1
        end = index + 1 if glued else index
        if end - start >= _TOASTS:
            for toast in blocks[start:end]:
                toast.kind = BlockKind.LIST_ITEM
