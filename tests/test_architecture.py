"""The house's rules, checked on its code: the import contracts and the size of functions and modules.

No database: these read the source. The contracts are the `[tool.importlinter]` section of
pyproject.toml (the pipeline imports no Django; apps over the data layer over the pipeline; no circles).
"""

import os
import shutil
import subprocess
import sys
from pathlib import Path

from radon.complexity import cc_visit

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "reform_kb"
# The script import-linter installs; `python -m importlinter.cli` only imports the module (no
# __main__ block) and so passes whatever the contracts say.
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")
MAX_COMPLEXITY = 20
MAX_MODULE_LINES = 400


def lint_imports(cwd: Path) -> subprocess.CompletedProcess:
    assert LINT_IMPORTS.exists(), f"import-linter is not installed next to {sys.executable}"
    env = {**os.environ, "PYTHONPATH": str(cwd)}
    return subprocess.run(
        [str(LINT_IMPORTS), "--no-cache"], cwd=cwd, env=env, capture_output=True, text=True, timeout=300
    )


def source_modules() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "migrations" not in p.parts)


def test_the_import_contracts_are_kept():
    result = lint_imports(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def test_a_reintroduced_circle_breaks_the_contracts(tmp_path):
    shutil.copytree(PACKAGE, tmp_path / "reform_kb", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path)
    models = tmp_path / "reform_kb" / "kb" / "models" / "__init__.py"
    # The data layer importing search, which imports the data layer: the circle issue 9 took out.
    models.write_text(models.read_text(encoding="utf-8") + "\nfrom reform_kb.search import api  # noqa\n")
    result = lint_imports(tmp_path)
    assert result.returncode != 0, result.stdout
    assert "Data flows one way: apps over the data layer over the pipeline BROKEN" in result.stdout
    assert "No circles between the packages and modules of one folder BROKEN" in result.stdout
    assert "reform_kb.kb.models -> reform_kb.search.api" in result.stdout


def _blocks(blocks):
    """Every function and method radon found, closures and inner classes' methods included."""
    for block in blocks:
        if hasattr(block, "methods"):  # a class
            yield from _blocks([*block.methods, *block.inner_classes])
        else:
            yield block
            yield from _blocks(block.closures)


def test_no_function_is_more_complex_than_the_limit():
    too_complex = [
        f"{path.relative_to(ROOT)}:{block.lineno} {block.fullname} ({block.complexity})"
        for path in source_modules()
        for block in _blocks(cc_visit(path.read_text(encoding="utf-8")))
        if block.complexity > MAX_COMPLEXITY
    ]
    assert too_complex == [], f"cyclomatic complexity above {MAX_COMPLEXITY}"


def test_no_module_is_longer_than_the_limit():
    lengths = {path: len(path.read_text(encoding="utf-8").splitlines()) for path in source_modules()}
    too_long = [f"{path.relative_to(ROOT)} ({n} lines)" for path, n in lengths.items() if n > MAX_MODULE_LINES]
    assert too_long == [], f"modules above {MAX_MODULE_LINES} lines"
