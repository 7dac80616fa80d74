"""JSON as the server sends it: UTF-8, compact, and with `<`, `>` and `&` escaped, so text guests typed
(markup, scripts) stays text even where JSON lands inside HTML or is sniffed as something else."""

import json
from typing import Any

_SAFE = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026"})


def json_text(data: Any) -> str:
    """The data as one line of JSON (no raw line breaks: fits an SSE `data:` line)."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).translate(_SAFE)
