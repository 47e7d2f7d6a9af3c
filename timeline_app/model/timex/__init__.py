"""Arabic temporal expression tagger (pure Python, no Qt).

``tag(text, reference, prefer="past") -> list[Timex]``: spans are offsets into the original text; values are
TimeML-style and resolved against ``reference`` (the publication date); placed expressions carry
``[start_date, end_date)``. See engine.py for the pipeline and the conventions in the dev corpus README.
"""
from .engine import tag

__all__ = ["tag"]
