"""Inputs and outputs of the commands: the one directory walker, and where each input goes.

Every command that takes "files or directories" finds its files with :func:`files_below`, in
one order: depth first, each directory's entries sorted by name (the order of
``sorted(folder.rglob(...))``), without listing the whole tree first and without following
symbolic links to directories.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

#: What ``encoder convert`` reads from a directory.
INPUT_SUFFIXES = (".txt", ".md", ".json")
#: What ``encoder validate`` and ``encoder transform`` read from a directory.
TEI_SUFFIXES = (".xml",)


def files_below(folder: Path, suffixes: tuple[str, ...]) -> Iterator[Path]:
    """Files whose name ends in one of ``suffixes`` below ``folder``, depth first, sorted per
    directory (lazily: one directory listed at a time)."""
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError:
        return
    for entry in entries:
        if entry.is_dir(follow_symlinks=False):
            yield from files_below(Path(entry.path), suffixes)
        elif entry.is_file() and entry.name.endswith(suffixes):
            yield Path(entry.path)


def expand(inputs: Iterable[str], suffixes: tuple[str, ...]) -> Iterator[tuple[Path, Path]]:
    """Each input file with its path relative to what was named: a file named on the command
    line as itself (relative: its name), the files below a directory relative to it."""
    for name in inputs:
        path = Path(name)
        if path.is_dir():
            for found in files_below(path, suffixes):
                yield found, found.relative_to(path)
        else:
            yield path, Path(path.name)


@dataclass(frozen=True, slots=True)
class Task:
    """One file of a conversion run: the article source and the TEI file it becomes; ``name``
    is the source's path relative to the input named (what its TEI header records)."""

    source: str
    target: str
    name: str = ""
    collides: str = ""  # the earlier input whose output this one's would have overwritten


def _separate(task: Task, taken: set[str]) -> Task:
    """The task with a target no earlier task has: two inputs that map to one output (``a.md``
    and ``a.json`` in one folder, or one name in two folders named) must not overwrite each
    other, so the later keeps its source suffix (``a.json.xml``) and says so."""
    if task.target not in taken:
        taken.add(task.target)
        return task
    target, count = Path(task.target), 0
    separate = target.with_suffix(Path(task.source).suffix + ".xml")
    while str(separate) in taken:
        count += 1
        separate = target.with_suffix(f"{Path(task.source).suffix}.{count}.xml")
    taken.add(str(separate))
    return Task(task.source, str(separate), task.name, task.target)


def tasks(inputs: Iterable[str], output: Path) -> Iterator[Task]:
    """The tasks of a run, in a stable order: directories are walked, their tree mirrored. No two
    tasks share a target (see :func:`_separate`). With one input, outputs can only meet within
    one folder, so only the targets of the folders being walked (the current one and its
    ancestors) are remembered; with several inputs, all of them."""
    inputs = list(inputs)
    everything: set[str] = set()
    walking: dict[Path, set[str]] = {}
    for path, relative in expand(inputs, INPUT_SUFFIXES):
        taken = everything
        if len(inputs) == 1:
            for done in [folder for folder in walking if folder not in path.parents]:
                del walking[done]
            taken = walking.setdefault(path.parent, set())
        yield _separate(Task(str(path), str(output / relative.with_suffix(".xml")), relative.as_posix()), taken)


def tei_files(inputs: Iterable[str]) -> list[Path]:
    """The TEI files named, or found below the directories named (``encoder validate``)."""
    return [path for path, _ in expand(inputs, TEI_SUFFIXES)]


def transform_targets(inputs: Iterable[str], suffix: str) -> list[tuple[Path, Path]]:
    """Each TEI file with the path, relative to the output directory, of what it becomes."""
    return [(path, relative.with_suffix(suffix)) for path, relative in expand(inputs, TEI_SUFFIXES)]


def single_target(count: int, inputs: Sequence[str], output: str | None) -> bool:
    """Whether -o names one output file: one input file, and OUT is no directory (nor ends in '/')."""
    return (
        count == 1
        and output is not None
        and not Path(inputs[0]).is_dir()
        and not Path(output).is_dir()
        and not output.endswith(("/", os.sep))
    )
