"""The one directory walker finds what the commands found before, in the same order."""

from __future__ import annotations

from pathlib import Path

from encoder.run.paths import files_below, tasks, tei_files, transform_targets

from .conftest import FIXTURES


def _tree(root: Path) -> None:
    for name in ("a/z.xml", "a/b/c.xml", "a.xml", "a.x/q.xml", "b.xml", "a/b.xml", "a/n.txt", "a/m.md", ".h/x.md"):
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text("x", encoding="utf-8")
    (root / "d.xml").mkdir()  # a directory with a TEI suffix is no file
    (root / "link").symlink_to(root / "a")  # links to directories are not followed


def test_the_walker_gives_the_order_of_sorted_rglob(tmp_path: Path) -> None:
    _tree(tmp_path)
    expected = sorted(p for p in tmp_path.rglob("*.xml") if p.is_file())
    assert list(files_below(tmp_path, (".xml",))) == expected
    assert tei_files([str(tmp_path)]) == expected
    suffixed = [(p, p.relative_to(tmp_path).with_suffix(".html")) for p in expected]
    assert transform_targets([str(tmp_path)], ".html") == suffixed


def test_tasks_mirror_the_tree_and_name_files_by_their_name(tmp_path: Path) -> None:
    _tree(tmp_path)
    out = Path("/out")
    found = list(tasks([str(tmp_path), str(tmp_path / "a" / "m.md")], out))
    assert [t.target for t in found] == ["/out/.h/x.xml", "/out/a/m.xml", "/out/a/n.xml", "", "/out/m.xml"]
    assert found[0].source == str(tmp_path / ".h" / "x.md")
    # the link to a folder is not followed, but it is a task of the run: refused, so counted
    assert (found[3].source, found[3].refused.split()[0]) == (str(tmp_path / "link"), "C006")


def test_the_repository_json_folder_is_walked_and_mirrored(tmp_path: Path) -> None:
    source = FIXTURES / "rmrb-json-dev" / "1951-08-07_全国人民电贺党的三十周年.json"
    article = tmp_path / "json" / "1951" / "8" / "234.json"
    article.parent.mkdir(parents=True)
    article.write_bytes(source.read_bytes())
    (found,) = tasks([str(tmp_path / "json")], Path("/out"))
    assert (found.source, found.target, found.name) == (str(article), "/out/1951/8/234.xml", "1951/8/234.json")


def test_two_inputs_for_one_output_are_kept_apart(tmp_path: Path) -> None:
    for name in ("a.json", "a.md", "a.txt"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.md").write_text("x", encoding="utf-8")
    found = list(tasks([str(tmp_path)], Path("/out")))
    assert [(t.target, t.collides) for t in found] == [
        ("/out/a.xml", ""),
        ("/out/a.md.xml", "/out/a.xml"),
        ("/out/a.txt.xml", "/out/a.xml"),
        ("/out/sub/a.xml", ""),
    ]
    named = list(tasks([str(tmp_path / "a.md"), str(tmp_path / "sub" / "a.md")], Path("/out")))
    assert [t.target for t in named] == ["/out/a.xml", "/out/a.md.xml"]


def test_an_output_folder_inside_the_input_is_not_walked(tmp_path: Path) -> None:
    (tmp_path / "out" / "old").mkdir(parents=True)
    for name in ("a.md", "out/encoder-report.json", "out/old/b.md"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    assert [t.source for t in tasks([str(tmp_path)], tmp_path / "out")] == [str(tmp_path / "a.md")]
    everything = [t.source for t in tasks([str(tmp_path)], tmp_path / "out", skip_output=False)]
    assert len(everything) == 3


def test_same_file_by_path_and_by_inode(tmp_path: Path) -> None:
    from encoder.run.paths import same_file

    (tmp_path / "a.md").write_text("x", encoding="utf-8")
    (tmp_path / "hard.md").hardlink_to(tmp_path / "a.md")
    (tmp_path / "soft.md").symlink_to(tmp_path / "a.md")
    assert same_file(tmp_path / "a.md", tmp_path / "sub" / ".." / "a.md")
    assert same_file(tmp_path / "a.md", tmp_path / "hard.md") and same_file(tmp_path / "soft.md", tmp_path / "a.md")
    assert not same_file(tmp_path / "a.md", tmp_path / "b.md")
