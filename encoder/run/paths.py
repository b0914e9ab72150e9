"""Inputs and outputs of the commands: the one directory walker, and where each input goes.

Every command that takes "files or directories" finds its files with :func:`files_below`, in
one order: depth first, each directory's entries sorted by name (the order of
``sorted(folder.rglob(...))``), without listing the whole tree first. Symbolic links to
directories are not followed (a link can lead out of the tree named, or round in a loop); like
a folder that cannot be listed, each is reported (``C006``, ``R006``) to the ``refused``
callback, so that a run counts it as failed instead of skipping it without a word.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

#: What ``encoder convert`` reads from a directory.
INPUT_SUFFIXES = (".txt", ".md", ".json")
#: What ``encoder validate`` and ``encoder transform`` read from a directory.
TEI_SUFFIXES = (".xml",)

#: Told of a folder the walker does not enter: its path, a diagnostic code and a message.
Refused = Callable[[Path, str, str], None]


def _ignore(path: Path, code: str, message: str) -> None:
    """The default :data:`Refused`: say nothing."""


def files_below(
    folder: Path, suffixes: tuple[str, ...], refused: Refused = _ignore, skip: Path | None = None
) -> Iterator[Path]:
    """Files whose name ends in one of ``suffixes`` below ``folder``, depth first, sorted per
    directory (lazily: one directory listed at a time); folders not entered go to ``refused``;
    the folder ``skip`` (resolved) is not walked (a run's output folder inside its input)."""
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as exc:
        refused(folder, "R006", f"cannot list the folder ({exc.strerror or exc}); its files are not read")
        return
    for entry in entries:
        if entry.is_dir(follow_symlinks=False):
            if skip is None or Path(entry.path).resolve() != skip:
                yield from files_below(Path(entry.path), suffixes, refused, skip)
        elif entry.is_symlink() and entry.is_dir():
            refused(Path(entry.path), "C006", "a symbolic link to a folder is not followed; name its target instead")
        elif entry.is_file() and entry.name.endswith(suffixes):
            yield Path(entry.path)


def expand(
    inputs: Iterable[str], suffixes: tuple[str, ...], refused: Refused = _ignore, skip: Path | None = None
) -> Iterator[tuple[Path, Path]]:
    """Each input file with its path relative to what was named: a file named on the command
    line as itself (relative: its name), the files below a directory relative to it (``skip``:
    a folder below them not to walk)."""
    for name in inputs:
        path = Path(name)
        if path.is_dir():
            for found in files_below(path, suffixes, refused, skip):
                yield found, found.relative_to(path)
        else:
            yield path, Path(path.name)


def same_file(first: str | Path, second: str | Path) -> bool:
    """Whether two paths name one file: the same resolved path, or (both existing) the same
    inode (a hard link, a bind mount)."""
    if Path(first).resolve() == Path(second).resolve():
        return True
    try:
        return os.path.samefile(first, second)
    except OSError:
        return False


@dataclass(frozen=True, slots=True)
class Task:
    """One file of a conversion run: the article source and the TEI file it becomes; ``name``
    is the source's path relative to the input named (what its TEI header records)."""

    source: str
    target: str
    name: str = ""
    collides: str = ""  # the earlier input whose output this one's would have overwritten
    refused: str = ""  # a folder not entered: "CODE message" (``source`` is the folder; no target)


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


def tasks(inputs: Iterable[str], output: Path, skip_output: bool = True) -> Iterator[Task]:
    """The tasks of a run, in a stable order: directories are walked, their tree mirrored (but
    not ``output`` when it lies inside one, unless ``skip_output`` is False: the outputs and the
    report of an earlier run are no inputs). No two tasks share a target (see
    :func:`_separate`). With one input, outputs can only meet within one folder, so only the
    targets of the folders being walked (the current one and its ancestors) are remembered;
    with several inputs, all of them."""
    inputs = list(inputs)
    everything: set[str] = set()
    walking: dict[Path, set[str]] = {}
    not_entered: list[Task] = []

    def refuse(folder: Path, code: str, message: str) -> None:
        not_entered.append(Task(str(folder), "", "", "", f"{code} {message}"))

    for path, relative in expand(inputs, INPUT_SUFFIXES, refuse, output.resolve() if skip_output else None):
        yield from not_entered
        not_entered.clear()
        taken = everything
        if len(inputs) == 1:
            for done in [folder for folder in walking if folder not in path.parents]:
                del walking[done]
            taken = walking.setdefault(path.parent, set())
        yield _separate(Task(str(path), str(output / relative.with_suffix(".xml")), relative.as_posix()), taken)
    yield from not_entered


def tei_files(inputs: Iterable[str], refused: Refused = _ignore) -> list[Path]:
    """The TEI files named, or found below the directories named (``encoder validate``)."""
    return [path for path, _ in expand(inputs, TEI_SUFFIXES, refused)]


def transform_targets(inputs: Iterable[str], suffix: str, refused: Refused = _ignore) -> list[tuple[Path, Path]]:
    """Each TEI file with the path, relative to the output directory, of what it becomes."""
    return [(path, relative.with_suffix(suffix)) for path, relative in expand(inputs, TEI_SUFFIXES, refused)]


def single_target(count: int, inputs: Sequence[str], output: str | None) -> bool:
    """Whether -o names one output file: one input file, and OUT is no directory (nor ends in '/')."""
    return (
        count == 1
        and output is not None
        and not Path(inputs[0]).is_dir()
        and not Path(output).is_dir()
        and not output.endswith(("/", os.sep))
    )


def count_tasks(inputs: Sequence[str], output: Path, report: Path) -> tuple[int, str]:
    """The number of tasks of a run, and why it would overwrite an input ("" if it would not).
    Outputs end in .xml and the walker reads no .xml, so only a file named on the command line
    can be an output; the run ``report`` can be an input found below a folder."""
    named = [Path(name) for name in inputs if not Path(name).is_dir()]
    total = 0
    for task in tasks(inputs, output):
        total += 1
        if task.refused:
            continue
        if same_file(task.source, report):
            return total, f"the run report {report} would replace the input {task.source}; name another with --report"
        if any(same_file(task.target, name) for name in named if name.suffix == Path(task.target).suffix):
            return total, f"the output of {task.source} would replace the input {task.target}; name another -o"
    return total, ""


def replaced_input(
    inputs: Sequence[str], targets: list[tuple[Path, Path]], output: Path, single: bool
) -> tuple[Path, Path] | None:
    """The first (input, output) of a transformation whose output is an input file (``single``:
    ``output`` is the one output file). Files found below a folder end in .xml and outputs do
    not, so only the files named can be replaced."""
    named = [Path(name) for name in inputs if not Path(name).is_dir()]
    for source, relative in targets:
        target = output if single else output / relative
        if any(same_file(target, name) for name in named):
            return source, target
    return None
