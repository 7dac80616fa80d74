"""Badge rendering engine: layouts as data, autofit, every script, QR codes, PDF and PNG output.

Qt-free. The app calls `preset_names`, `load_layout`, `render_badges` and `render_preview_png`;
`plan_badge` exposes the laid-out boxes (for tests and editors) and `render_plans` draws them.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from kiosk.badges.layout import Layout, layout_from_table
from kiosk.badges.model import BadgeData, RenderResult, Topic
from kiosk.badges.plan import BadgePlan, plan_badge
from kiosk.badges.presets import PRESETS
from kiosk.badges.render import render_badges, render_plans, render_preview, render_preview_png

__all__ = [
    "BadgeData",
    "BadgePlan",
    "Layout",
    "RenderResult",
    "Topic",
    "load_layout",
    "plan_badge",
    "preset_names",
    "render_badges",
    "render_plans",
    "render_preview",
    "render_preview_png",
]


def preset_names() -> list[str]:
    """Names of the built-in layouts."""
    return list(PRESETS)


def load_layout(name_or_table: str | Mapping[str, Any]) -> Layout:
    """A preset by name, or a layout from a TOML-style table (see `kiosk.badges.layout`)."""
    if isinstance(name_or_table, str):
        if name_or_table not in PRESETS:
            raise ValueError(f"no badge preset {name_or_table!r}; presets: {preset_names()}")
        return layout_from_table(PRESETS[name_or_table])
    return layout_from_table(name_or_table)
