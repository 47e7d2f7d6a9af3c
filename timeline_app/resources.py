"""Locate the files under the project's ``resources/`` folder (no Qt here)."""
from __future__ import annotations

from pathlib import Path

RESOURCES = Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    return RESOURCES.joinpath(*parts)


SAMPLE_ARTICLE = resource_path("sample", "seed-article.txt")
