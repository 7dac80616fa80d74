"""Values that glide to their new targets (~300 ms, easing out) instead of jumping: the stage's bars."""

import time

GLIDE_S = 0.3


def ease_out(progress: float) -> float:
    """Fast at first, gently arriving (cubic)."""
    progress = min(max(progress, 0.0), 1.0)
    return 1 - (1 - progress) ** 3


class Glide:
    """A list of numbers moving from where they are shown now to new targets over GLIDE_S seconds."""

    def __init__(self, clock=time.perf_counter) -> None:
        self.clock = clock
        self.start: list[float] = []
        self.target: list[float] = []
        self.began = 0.0

    def aim(self, targets: list[float]) -> None:
        """Glide to these values from wherever the values are now (a new list length starts from zero)."""
        now = self.values() if len(targets) == len(self.target) else [0.0] * len(targets)
        self.start, self.target, self.began = now, list(targets), self.clock()

    def values(self) -> list[float]:
        """The values to draw at this moment."""
        progress = ease_out((self.clock() - self.began) / GLIDE_S)
        return [a + (b - a) * progress for a, b in zip(self.start, self.target, strict=True)]

    @property
    def moving(self) -> bool:
        return self.clock() - self.began < GLIDE_S and self.start != self.target
