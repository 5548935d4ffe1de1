"""A folder walk skips what git ignores (issue 15 item 4), only inside a git work tree."""
import os

from lintlaw.gitignore import GitIgnore


def _tree(root, files):
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def test_patterns_of_every_level_with_git_s_precedence(tmp_path):
    (tmp_path / ".git" / "info").mkdir(parents=True)
    _tree(tmp_path, {
        ".git/info/exclude": "scratch.txt\n",
        ".gitignore": "*.egg-info/\nbuild/\n草稿*.txt\n",
        "reports/.gitignore": "!草稿-保留.txt\nold/\n",
    })
    g = GitIgnore(str(tmp_path / "reports"))
    assert g.active
    assert g.ignored(str(tmp_path / "lintlaw.egg-info"), is_dir=True)
    assert g.ignored(str(tmp_path / "build"), is_dir=True)
    assert g.ignored(str(tmp_path / "reports" / "草稿1.txt"))
    assert not g.ignored(str(tmp_path / "reports" / "草稿-保留.txt"))  # a deeper ! re-includes
    assert g.ignored(str(tmp_path / "reports" / "old"), is_dir=True)
    assert g.ignored(str(tmp_path / "scratch.txt"))  # .git/info/exclude
    assert not g.ignored(str(tmp_path / "reports" / "2023年度报告.txt"))
    assert g.ignored(str(tmp_path / ".git"), is_dir=True)


def test_outside_a_work_tree_nothing_is_ignored(tmp_path):
    _tree(tmp_path, {".gitignore": "*.txt\n"})
    g = GitIgnore(str(tmp_path))
    assert not g.active  # as git: a .gitignore outside a repository means nothing
    assert not g.ignored(str(tmp_path / "a.txt"))


def _repo(tmp_path):
    (tmp_path / ".git").mkdir()
    _tree(tmp_path, {
        ".gitignore": "导出/\n*.bak.txt\n",
        "2023年度报告.txt": "报告。\n",
        "README.md": "# 报告库\n",
        "CHANGELOG.md": "变更\n",
        "导出/2023年度报告.txt": "副本。\n",
        "旧稿.bak.txt": "旧稿。\n",
        "lintlaw.egg-info/PKG-INFO.txt": "x\n",
        "build/a.txt": "x\n",
        "sub/2022年度报告.md": "报告。\n",
    })
    return tmp_path


def test_a_walk_skips_ignored_build_and_documentation_files(tmp_path):
    from lintlaw.runner import expand_paths

    repo = _repo(tmp_path)
    found = sorted(os.path.relpath(p, repo) for p in expand_paths([str(repo)]))
    assert found == ["2023年度报告.txt", os.path.join("sub", "2022年度报告.md")]
    everything = sorted(os.path.relpath(p, repo) for p in expand_paths([str(repo)], respect_gitignore=False))
    assert os.path.join("导出", "2023年度报告.txt") in everything and "旧稿.bak.txt" in everything
    assert "README.md" not in everything  # documentation is never a report


def test_the_cli_flag_and_the_configuration_turn_it_off(run_cli, tmp_path):
    import json

    repo = _repo(tmp_path)
    _, out, _ = run_cli("--format", "json", str(repo))
    assert json.loads(out)["files"] == 2
    _, out, _ = run_cli("--format", "json", "--no-respect-gitignore", str(repo))
    assert json.loads(out)["files"] == 4
    (repo / "lintlaw.toml").write_text("respect-gitignore = false\n", encoding="utf-8")
    _, out, _ = run_cli("--format", "json", str(repo), cwd=str(repo))
    assert json.loads(out)["files"] == 4
    (repo / "lintlaw.toml").write_text('respect-gitignore = "no"\n', encoding="utf-8")
    code, _, err = run_cli(str(repo), cwd=str(repo))
    assert code == 2 and "respect-gitignore" in err


def test_a_file_named_on_the_command_line_is_linted_even_if_ignored(run_cli, tmp_path):
    import json

    repo = _repo(tmp_path)
    _, out, _ = run_cli("--format", "json", str(repo / "旧稿.bak.txt"), str(repo / "README.md"))
    assert json.loads(out)["files"] == 2
