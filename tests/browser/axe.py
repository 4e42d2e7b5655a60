"""axe-core in the page, and the reflow check (WCAG 1.4.10) – helpers for the browser suite.

axe-core comes from the npm registry (package.json pins it; `make test` runs `npm ci`), never from a
CDN at run time. It is injected with WebDriver's script execution, which the site's
Content-Security-Policy does not govern, so the page is checked exactly as it is served.
"""

from __future__ import annotations

from pathlib import Path

from .site import ROOT

AXE_SCRIPT = ROOT / "node_modules" / "axe-core" / "axe.min.js"
# WCAG 2.1 levels A and AA, the level the Swedish law on accessible digital public services asks for.
WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]

# WCAG 1.4.12's minimum text spacing, applied as a user style sheet would.
TEXT_SPACING_CSS = (
    "* { line-height: 1.5 !important; letter-spacing: 0.12em !important;"
    " word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }"
)


def axe_violations(driver, tags: list[str] | None = None) -> list[dict]:
    """The page's axe violations for `tags` (WCAG 2.1 A/AA by default), as axe reports them."""
    if not driver.execute_script("return typeof window.axe !== 'undefined'"):
        driver.execute_script(Path(AXE_SCRIPT).read_text(encoding="utf-8"))
    result = driver.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}})"
        ".then(r => done(r.violations)).catch(e => done([{id: 'axe-error', help: String(e), nodes: []}]));",
        tags or WCAG_21_AA,
    )
    return result


def describe(violations: list[dict]) -> str:
    """One line per violation and node, for an assertion message a reader can act on."""
    lines = []
    for v in violations:
        targets = ", ".join(str(n.get("target")) for n in v.get("nodes", [])[:5])
        lines.append(f"{v['id']} ({v.get('impact')}): {v.get('help')} – {targets}")
    return "\n".join(lines)


def horizontal_overflow(driver, *, text_spacing: bool = False) -> int:
    """How many CSS pixels the page is wider than the window (0 when it reflows), optionally with
    WCAG 1.4.12's text spacing applied first."""
    if text_spacing:
        driver.execute_script(
            "const s = document.createElement('style'); s.textContent = arguments[0];"
            "document.head.appendChild(s);",
            TEXT_SPACING_CSS,
        )
    return driver.execute_script(
        "return Math.max(0, document.documentElement.scrollWidth - document.documentElement.clientWidth);"
    )
