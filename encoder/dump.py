"""``encoder dump``: the parsed model as indented pseudo-XML, with source lines."""

from __future__ import annotations

import argparse
import sys

from .diagnostics import Level
from .model import Article, Block, BlockList, Epigraph, Inline, Item, Letter, Node, Section, Text
from .run.articles import source_article


def _inlines(line: list[Inline]) -> str:
    return "".join(item if isinstance(item, str) else f"[{item.kind}:{item.text}]" for item in line)


def _block(block: Block, depth: int, out: list[str]) -> None:
    flags = " right" if block.right_aligned else ""
    ident = f" id={block.id}" if block.id else ""
    out.append(f"{'  ' * depth}<{block.kind} line={block.span.line} col={block.span.column}{flags}{ident}>")
    for line in block.lines:
        out.append(f"{'  ' * (depth + 1)}{_inlines(line)}")


def _node(node: Node, depth: int, out: list[str]) -> None:
    if isinstance(node, Block):
        _block(node, depth, out)
        return
    name = {Section: "section", Letter: "letter", Item: "item", BlockList: "list"}[type(node)]
    out.append(f"{'  ' * depth}<{name}{f' id={node.id}' if node.id else ''}>")
    if isinstance(node, Section):
        _block(node.head, depth + 1, out)
        children: list[Node] = node.content
    elif isinstance(node, Letter):
        for block in node.opener:
            out.append(f"{'  ' * (depth + 1)}<opener>")
            _block(block, depth + 2, out)
        children = node.content
    elif isinstance(node, BlockList):
        children = list(node.items)
    else:
        children = node.content
    for child in children:
        _node(child, depth + 1, out)
    if isinstance(node, Letter) and node.closer:
        out.append(f"{'  ' * (depth + 1)}<closer>")
        for block in node.closer:
            _block(block, depth + 2, out)


def _text(text: Text, out: list[str]) -> None:
    out.append(f"<text lang={text.lang} lines={text.source_lines.start}-{text.source_lines.stop - 1}>")
    for deck in [*text.kickers, *([text.headline] if text.headline else []), *text.subtitles]:
        _block(deck, 1, out)
    for part in text.front:
        if isinstance(part, Epigraph):
            out.append("  <epigraph>")
            _block(part.quote, 2, out)
            _block(part.attribution, 2, out)
        else:
            _block(part, 1, out)
    for node in text.content:
        _node(node, 1, out)
    if text.back:
        out.append("  <back>")
        for block in text.back:
            _block(block, 2, out)


def dump(article: Article) -> str:
    """Indented pseudo-XML of ``article``."""
    header = article.header
    out = [f"<article path={article.path} id={article.id}>"]
    for name in ("title_zh", "title_en", "author_zh", "author_en", "date", "page", "column"):
        field = getattr(header, name)
        if field is not None:
            out.append(f"  <{name} line={field.span.line}>{field.value}")
    for key, field in sorted(header.extra.items()):
        out.append(f"  <extra {key} line={field.span.line}>{field.value}")
    for text in article.texts:
        _text(text, out)
    for sent in article.correspondence:  # once the correspondence pass has run
        out.append(f"<sent letter={sent.letter} lang={sent.lang} date={sent.date} place={sent.place}>")
        out.extend(f"  {sender}" for sender in sent.senders)
    return "\n".join(out) + "\n"


def dump_command(args: argparse.Namespace) -> int:
    """``encoder dump``: the parsed model of each input, with its source lines; 1 if one failed."""
    failed = 0
    for name in args.inputs:
        article, reporter = source_article(name, args.encoding)
        if article is None:
            failed += 1
        else:
            sys.stdout.write(dump(article))
        for diagnostic in reporter.diagnostics:
            if diagnostic.level >= Level.WARNING:
                print(diagnostic, file=sys.stderr)
    return 1 if failed else 0
