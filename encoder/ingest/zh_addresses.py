"""An address ending in an exclamation under the paragraph announcing its message (a rule of the
Chinese blocks, run with the letters' rules).

A news report prints a message, an order or a speech whole under the paragraph announcing it
(``…发布庆祝五一节的命令如下：``, ``…电贺海南岛解放。电称：``); the message opens with its address on a
line of its own, and an order of the day or a greeting to a crowd calls its addressees out:
``陆军战士与士官同志们！校尉与将军同志们！``, ``…诸同志，和参加解放海南岛战役的全体军民同志们！``. The
address is the salutation (``exclaimed_addresses``) when

* the paragraph above ends announcing a message: a message's word (电, 电报, 函, 信, 命令, 讲话,
  贺词, 祝词, 文告, 声明…), perhaps 全文 or 原文, then 如下, 称 or 说 and a colon;
* the line is one to three addressees each called out with ``！`` (a comma may part the names of
  one: …诸同志，和…同志们！), none holding a sentence's end, a colon or a quotation, each ending
  with an addressee's word: 同志, 先生, 女士, 阁下, 来宾, 朋友, 代表, or a noun of persons with
  们 (战士们, 同胞们, 作家们) — not a pronoun's (你们, 我们: ``我们坚决支持你们！`` is the
  message's first sentence, not its address).

The addresses ending with a colon are the salutation rules' own (``zh_rules.broken_salutation``,
``zh_letters``); an address run into the announcing paragraph, ``zh_tails``'.
"""

from __future__ import annotations

from ..lazy_re import lazy
from ..model import Block, BlockKind

#: A paragraph's end announcing the message printed under it: …命令如下：, …电称：, …讲话全文如下：.
_ANNOUNCING = lazy(
    r"(?:电|电报|函|信|命令|讲话|贺词|祝词|致词|文告|声明|演说|广播词)(?:全文|原文|译文|文)?(?:如下|称|说)[：:]$"
)
#: One addressee called out: words with no sentence's mark, then an addressee's word and ``！``
#: (a comma may part the names inside it); a noun of persons with 们, not a pronoun's (你们, 我们).
_ADDRESSEE = (
    r"[^。！？；：:“”「」!?]{0,70}?"
    r"(?:同志们?|先生们?|女士们?|阁下|来宾们?|朋友们|代表们|(?![你我他她它咱])[\u4e00-\u9fff]们)[！!]"
)
#: A whole address line: one to three addressees called out.
_ADDRESS = lazy(rf"^(?:{_ADDRESSEE}){{1,3}}$")
#: The longest address line.
_LONGEST = 80


def exclaimed_address(text: str) -> bool:
    """Whether ``text`` is an address calling out its addressees (see the module)."""
    text = text.strip()
    return len(text) <= _LONGEST and _ADDRESS.match(text) is not None


def exclaimed_addresses(blocks: list[Block]) -> None:
    """Make SALUTATION the address line ending in an exclamation under the paragraph announcing
    its message (see the module)."""
    for index in range(1, len(blocks)):
        block, above = blocks[index], blocks[index - 1]
        if block.kind is not BlockKind.PARAGRAPH or len(block.lines) != 1 or above.kind is not BlockKind.PARAGRAPH:
            continue
        if _ANNOUNCING.search(above.text.rstrip()) and exclaimed_address(block.text):
            block.kind, block.lines = BlockKind.SALUTATION, [[block.text]]
