"""The stage display, painted for a projector and legible from 20 m: the question, the results (gliding bars,
a word cloud, the scale with its mean, the top questions), the number of ballots and a corner telling how to
join; between polls the event's logo and now/next from the programme. Sized by its own height, so 16:9 and
4:3 (and the moderator's small preview) draw the same picture."""

import time
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QEvent, QPointF, QRect, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from kiosk.polls.cloud_layout import Box
from kiosk.polls.model import CHOICE_KINDS, CLOSED, DRAFT, QA, RANKING, SCALE, WORDCLOUD, Poll
from kiosk.polls.text import display_text
from kiosk.polls.views import StageView
from kiosk.programme.views import ProgrammeView
from kiosk.web.join import JoinInfo
from ui.polls.phone_join import typed_address
from ui.programme.painting import draw_text, pixel_font, wrapped
from ui.stage.bars import MIN_TEXT, BarLayout, paint_bars, plan_bars
from ui.stage.cloud import WordCloud
from ui.stage.glide import Glide
from ui.widgets.qr_code import draw_qr, qr_image
from ui.widgets.theme import ACCENT, INK, LINE, MUTED, WHITE

BACKGROUND = "#FFFFFF"
MEAN = "#B3261E"
FRAME_MS = 16
TOP_QUESTIONS = 5
TOP_ROOMS = 4
QUESTION_PIXELS = (58, 50, 44, 38)  # the question's sizes on a 1080-line screen, largest first


class StageBoard(QWidget):
    """Draws a StageView (`show`); `set_programme` and `set_time` feed the picture between polls."""

    def __init__(self, event_name: str, logo: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.event_name = event_name
        self.logo = QImage(str(logo)) if logo and logo.is_file() else QImage()
        self.join_code: QImage | None = None  # the QR code once phones can vote: drawn in the join corner
        self.join: JoinInfo | None = None  # the phones' address and join code (`set_join`)
        self.view: StageView | None = None
        self.programme: ProgrammeView | None = None
        self.now = datetime.now().astimezone()
        self.glide = Glide()
        self._question_cache: tuple[object, QFont, int] = ((), QFont(), 0)
        self._bars: tuple[object, BarLayout | None] = ((), None)
        self.cloud = WordCloud(self)  # laid out on a worker thread; each finished layout glides in
        self.cloud.changed.connect(self._animate)
        self.frames = QTimer(self)
        self.frames.setInterval(FRAME_MS)
        self.frames.timeout.connect(self._frame)
        self.ticker = QTimer(self)  # the countdown's seconds
        self.ticker.setInterval(500)
        self.ticker.timeout.connect(self.update)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setMinimumSize(160, 90)

    # What to show -------------------------------------------------------------------------------------------

    def show_view(self, view: StageView) -> None:
        """Show the stage's state (batched by the feed): bars glide to their new values."""
        self.view = view
        results = view.shown.results if view.shown else None
        if results is not None:
            self.glide.aim(_bar_values(view.shown.poll, results))
            self._animate()
        self._layout_cloud()
        countdown = view.shown is not None and view.shown.poll.closes_at is not None
        self.ticker.start() if countdown else self.ticker.stop()
        self.update()

    def set_join(self, join: JoinInfo | None) -> None:
        """Phones can vote (or no longer): the join corner shows the QR code, the address and the join code."""
        self.join = join
        self.join_code = qr_image(join.url) if join else None
        self._layout_cloud()
        self.update()

    def set_programme(self, view: ProgrammeView) -> None:
        self.programme = view
        self.update()

    def set_time(self, now: datetime) -> None:
        self.now = now
        self.update()

    def changeEvent(self, event: QEvent) -> None:  # its texts are painted: paint them in the new language
        if event.type() == QEvent.Type.LanguageChange:
            self.update()
        super().changeEvent(event)

    def resizeEvent(self, event) -> None:
        self._layout_cloud()
        super().resizeEvent(event)

    def _animate(self) -> None:
        if not self.frames.isActive():
            self.frames.start()

    def _frame(self) -> None:
        self.update()
        if not self.glide.moving and not self.cloud.moving:
            self.frames.stop()

    def _layout_cloud(self) -> None:
        """Ask for the cloud's layout (it follows on a worker thread): words never below MIN_TEXT, the
        bottom right corner kept for "+N more"."""
        shown = self.view.shown if self.view else None
        if shown is None or shown.results is None or shown.poll.kind != WORDCLOUD:
            return
        area = self._results_area()
        note = self._more_note(999)
        reserved = Box(area.width() - note.width() / 2, area.height() - note.height() / 2, note.width(),
                       note.height())
        self.cloud.ratio = self.devicePixelRatioF()
        self.cloud.update(shown.results.get("words", []), area.width(), area.height(),
                          (shown.poll.id, shown.poll.round), MIN_TEXT * self.unit, reserved)

    def _more_note(self, left_out: int) -> QRect:
        """The size of the note saying how many words the cloud leaves out."""
        metrics = QFontMetrics(pixel_font(MIN_TEXT * self.unit, bold=True))
        text = self.tr("+%1 more").replace("%1", str(left_out))
        return QRect(0, 0, metrics.horizontalAdvance(text) + round(8 * self.unit), metrics.lineSpacing())

    # Geometry -------------------------------------------------------------------------------------------------

    @property
    def unit(self) -> float:
        """One pixel of a 1080-line screen, in this widget's pixels."""
        return self.height() / 1080

    def _margin(self) -> int:
        return round(48 * self.unit)

    def _footer_height(self) -> int:
        return round((200 if self.join_code is not None else 120) * self.unit)  # a QR code large enough for phones

    def _question(self) -> tuple[QFont, int]:
        """The question's font and height: as large as lets the whole question fit in three lines (a long one on a
        4:3 projector gets smaller); worked out once per question and size, not in every frame."""
        shown = self.view.shown if self.view else None
        if shown is None:
            return pixel_font(QUESTION_PIXELS[0] * self.unit, bold=True), 0
        text = display_text(shown.poll.definition.question)
        width = self.width() - 2 * self._margin() - (round(220 * self.unit) if shown.poll.closes_at else 0)
        key = (text, width, self.height())
        if self._question_cache[0] != key:
            for pixels in QUESTION_PIXELS:
                font = pixel_font(pixels * self.unit, bold=True)
                lines = wrapped(QFontMetrics(font), text, width, 4)
                if len(lines) <= 3:
                    break
            self._question_cache = (key, font, min(len(lines), 3) * QFontMetrics(font).lineSpacing())
        return self._question_cache[1], self._question_cache[2]

    def _question_font(self) -> QFont:
        return self._question()[0]

    def _question_height(self) -> int:
        return self._question()[1]

    def _results_area(self) -> QRect:
        margin = self._margin()
        top = margin + self._question_height() + round(24 * self.unit)
        return QRect(margin, top, self.width() - 2 * margin,
                     self.height() - top - self._footer_height() - margin)

    # Painting -------------------------------------------------------------------------------------------------

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.fillRect(self.rect(), QColor(BACKGROUND))
        shown = self.view.shown if self.view else None
        if shown is None:
            self._paint_between_polls(painter)
        else:
            self._paint_poll(painter, shown.poll, shown.results)
        painter.end()

    def _paint_poll(self, painter: QPainter, poll: Poll, results: dict | None) -> None:
        u, margin = self.unit, self._margin()
        countdown = self._countdown(poll)
        question_width = self.width() - 2 * margin - (round(220 * u) if poll.closes_at else 0)
        draw_text(painter, QRect(margin, margin, question_width, self._question_height()),
                  display_text(poll.definition.question), self._question_font(), INK, max_lines=3)
        if countdown:
            draw_text(painter, QRect(self.width() - margin - round(200 * u), margin, round(200 * u),
                                     round(80 * u)), countdown, pixel_font(64 * u, bold=True), ACCENT,
                      align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        area = self._results_area()
        if results is None:
            self._paint_waiting(painter, poll, area)
        elif poll.kind in CHOICE_KINDS:
            self._paint_bars(painter, poll, results, area)
        elif poll.kind == SCALE:
            self._paint_scale(painter, poll, results, area)
        elif poll.kind == WORDCLOUD:
            self._paint_cloud(painter, area)
        else:
            self._paint_entries(painter, poll, results, area)
        self._paint_footer(painter, poll)

    def _countdown(self, poll: Poll) -> str:
        if poll.closes_at is None or poll.state_at(self.now) != "open":
            return ""
        left = max(0, round((poll.closes_at - datetime.now(poll.closes_at.tzinfo)).total_seconds()))
        return f"{left // 60}:{left % 60:02d}"

    def _paint_waiting(self, painter: QPainter, poll: Poll, area: QRect) -> None:
        u = self.unit
        ballots = self.view.ballots if self.view else 0
        if poll.state == DRAFT:
            text = self.tr("Voting starts soon")
        elif poll.state_at(self.now) == CLOSED:
            text = self.tr("Voting has closed – the results follow")
        else:
            text = self.tr("Vote now!")
        draw_text(painter, QRect(area.left(), area.top() + area.height() // 4, area.width(), round(200 * u)),
                  str(ballots), pixel_font(180 * u, bold=True), ACCENT, align=Qt.AlignmentFlag.AlignCenter)
        draw_text(painter, QRect(area.left(), area.top() + area.height() // 4 + round(210 * u), area.width(),
                                 round(80 * u)), text, pixel_font(56 * u), MUTED, align=Qt.AlignmentFlag.AlignCenter)

    def _paint_bars(self, painter: QPainter, poll: Poll, results: dict, area: QRect) -> None:
        options = results["options"]
        values = self.glide.values() if len(self.glide.target) == len(options) else [0.0] * len(options)
        total = results["ballots"] or 1
        layout = self._bar_layout(poll, [display_text(o["label"]) for o in options], area)
        numbers = [_bar_number(poll, o, total, layout.number_form) for o in options]
        paint_bars(painter, layout, values, numbers)

    def _bar_layout(self, poll: Poll, labels: list[str], area: QRect) -> BarLayout:
        """The bars' layout, worked out once per poll, options and size (not in every frame): numbers as
        count and share, or only the share where that lets the labels be larger."""
        key = (tuple(labels), area, poll.kind)
        if self._bars[0] != key or self._bars[1] is None:
            widest = ("00000",) if poll.kind == RANKING else ("0000 · 100 %", "100 %")
            self._bars = (key, plan_bars(labels, area, self.unit, widest))
        return self._bars[1]

    def _paint_cloud(self, painter: QPainter, area: QRect) -> None:
        self.cloud.paint(painter, QPointF(area.topLeft()))
        if self.cloud.left_out:
            note = self._more_note(self.cloud.left_out)
            draw_text(painter, QRect(area.right() + 1 - note.width(), area.bottom() + 1 - note.height(),
                                     note.width(), note.height()),
                      self.tr("+%1 more").replace("%1", str(self.cloud.left_out)),
                      pixel_font(MIN_TEXT * self.unit, bold=True), MUTED,
                      align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def _paint_scale(self, painter: QPainter, poll: Poll, results: dict, area: QRect) -> None:
        u = self.unit
        points = results["distribution"]
        values = self.glide.values() if len(self.glide.target) == len(points) else [0.0] * len(points)
        label_px = 44 * u
        top = round(150 * u)  # the mean's label, then the tallest column's count
        chart = QRect(area.left(), area.top() + top, area.width(), area.height() - top - round(2.8 * label_px + 16 * u))
        column = chart.width() / len(points)
        for index, point in enumerate(points):
            height = chart.height() * max(0.0, min(values[index], 1.0))
            left = chart.left() + index * column + column * 0.15
            painter.fillRect(QRectF(left, chart.bottom() - height, column * 0.7, height), QColor(ACCENT))
            draw_text(painter, QRect(round(left), chart.bottom() - round(height) - round(56 * u), round(column * 0.7),
                                     round(52 * u)), str(point["count"]), pixel_font(label_px, bold=True), INK,
                      align=Qt.AlignmentFlag.AlignCenter)
            draw_text(painter, QRect(round(chart.left() + index * column), chart.bottom() + round(8 * u),
                                     round(column), round(label_px * 1.3)), str(point["value"]),
                      pixel_font(label_px, bold=True), INK, align=Qt.AlignmentFlag.AlignCenter)
        painter.setPen(QColor(LINE))
        painter.drawLine(chart.bottomLeft(), chart.bottomRight())
        labels = poll.definition.labels
        if len(labels) == 2:
            low_high = QRect(chart.left(), chart.bottom() + round(label_px * 1.4), chart.width(), round(label_px * 1.2))
            draw_text(painter, low_high, display_text(labels[0]), pixel_font(36 * u), MUTED)
            draw_text(painter, low_high, display_text(labels[1]), pixel_font(36 * u), MUTED,
                      align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        mean = results.get("mean")
        if mean is not None:
            low, high = poll.definition.scale
            x = chart.left() + column / 2 + (mean - low) / max(high - low, 1) * (chart.width() - column)
            painter.setPen(QPen(QColor(MEAN), max(2.0, 5 * u)))
            painter.drawLine(QPointF(x, area.top() + 72 * u), QPointF(x, chart.bottom()))
            text = self.tr("Mean %1").replace("%1", f"{mean:.1f}")
            draw_text(painter, QRect(round(x - 300 * u), area.top(), round(600 * u), round(70 * u)), text,
                      pixel_font(52 * u, bold=True), MEAN, align=Qt.AlignmentFlag.AlignCenter)

    def _paint_entries(self, painter: QPainter, poll: Poll, results: dict, area: QRect) -> None:
        u = self.unit
        entries = [e for e in results.get("entries", []) if not e["answered"]][:TOP_QUESTIONS]
        if not entries:
            draw_text(painter, area, self.tr("No questions on screen yet") if poll.kind == QA else
                      self.tr("No answers on screen yet"), pixel_font(48 * u), MUTED,
                      align=Qt.AlignmentFlag.AlignCenter)
            return
        row = area.height() / TOP_QUESTIONS
        for index, entry in enumerate(entries):
            top = round(area.top() + index * row)
            card = QRect(area.left(), top, area.width(), round(row - 16 * u))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#EEF3F9" if entry["pinned"] else "#F4F6F9"))
            painter.drawRoundedRect(card, 16 * u, 16 * u)
            text_left = card.left() + round(24 * u)
            if poll.kind == QA:
                draw_text(painter, QRect(card.left(), card.top(), round(140 * u), card.height()),
                          str(entry["votes"]), pixel_font(56 * u, bold=True), ACCENT,
                          align=Qt.AlignmentFlag.AlignCenter)
                text_left = card.left() + round(150 * u)
            font = pixel_font(min(44 * u, card.height() / 2.8))
            if entry["pinned"]:
                painter.fillRect(QRect(card.left(), card.top(), round(10 * u), card.height()), QColor(ACCENT))
            text, width = display_text(entry["text"]), card.right() - text_left - round(24 * u)
            height = len(wrapped(QFontMetrics(font), text, width, 2)) * QFontMetrics(font).lineSpacing()
            draw_text(painter, QRect(text_left, card.top() + (card.height() - height) // 2, width, height),
                      text, font, INK, max_lines=2)

    def _paint_footer(self, painter: QPainter, poll: Poll) -> None:
        u, margin = self.unit, self._margin()
        top = self.height() - margin - self._footer_height()
        ballots = self.view.ballots if self.view else 0
        label = (self.tr("Questions: %1") if poll.kind == QA else self.tr("Ballots: %1")).replace("%1", str(ballots))
        font = pixel_font(48 * u, bold=True)
        width = QFontMetrics(font).horizontalAdvance(label) + round(24 * u)
        draw_text(painter, QRect(margin, top, width, self._footer_height()), label, font, INK)
        corner = min(round(860 * u), self.width() - 2 * margin - width)  # a narrow board: never over the count
        self._paint_join_corner(painter, QRect(self.width() - margin - corner, top, corner, self._footer_height()))

    def _paint_join_corner(self, painter: QPainter, corner: QRect) -> None:
        """How to join: at the kiosk now; the QR code and short URL go here once phones can vote."""
        u = self.unit
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(ACCENT))
        painter.drawRoundedRect(corner, 18 * u, 18 * u)
        text_rect = corner.adjusted(round(24 * u), 0, -round(24 * u), 0)
        if self.join_code is not None and not self.join_code.isNull():
            side = corner.height() - round(16 * u)
            draw_qr(painter, QRect(corner.right() - side - round(8 * u), corner.top() + round(8 * u), side, side),
                    self.join_code)
            text_rect.setRight(corner.right() - side - round(24 * u))
        if self.join is not None:
            self._paint_phone_join(painter, text_rect, self.join)
            return
        font = pixel_font(40 * u, bold=True)
        text = self.tr("Vote at the kiosk: tap “Vote now”")
        lines = len(wrapped(QFontMetrics(font), text, text_rect.width(), 2))
        text_rect.setTop(corner.top() + (corner.height() - lines * QFontMetrics(font).lineSpacing()) // 2)
        draw_text(painter, text_rect, text, font, WHITE, max_lines=2)

    def _paint_phone_join(self, painter: QPainter, box: QRect, join: JoinInfo) -> None:
        """Beside the QR code: how to join by phone, the address (as large as fits on one line) and the code."""
        u = self.unit
        address = typed_address(join.url)
        address_px = 48 * u
        while address_px > 20 * u and QFontMetrics(pixel_font(address_px, bold=True)).horizontalAdvance(address) \
                > box.width():
            address_px -= 2 * u
        lines = ((self.tr("Vote with your phone:"), pixel_font(32 * u, bold=True)),
                 (address, pixel_font(address_px, bold=True)),
                 (self.tr("Code %1 · or at the kiosk").replace("%1", join.code), pixel_font(32 * u, bold=True)))
        heights = [QFontMetrics(font).lineSpacing() for _, font in lines]
        top = box.top() + (box.height() - sum(heights)) // 2
        for (text, font), height in zip(lines, heights, strict=True):
            draw_text(painter, QRect(box.left(), top, box.width(), height), text, font, WHITE)
            top += height

    def _paint_between_polls(self, painter: QPainter) -> None:
        u, margin = self.unit, self._margin()
        lines = self.programme.now_next(self.now) if self.programme else []
        lines = sorted(lines, key=lambda line: line.now is None)[:TOP_ROOMS]  # rooms with a session running first
        top = margin if lines else self.height() // 3  # alone, the logo and the name stand in the middle
        if not self.logo.isNull():
            height = round(220 * u)
            scaled = self.logo.size().scaled(self.width() - 2 * margin, height, Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRect((self.width() - scaled.width()) // 2, top, scaled.width(), scaled.height()),
                              self.logo)
            top += height + round(24 * u)
        top += draw_text(painter, QRect(margin, top, self.width() - 2 * margin, round(90 * u)), self.event_name,
                         pixel_font(72 * u, bold=True), INK, align=Qt.AlignmentFlag.AlignCenter)
        top += round(40 * u)
        row = round(150 * u)
        joined = self.join is not None  # the way to join stays on screen: rooms that would cover it are left out
        for line in lines:
            if joined and top + row > self.height() - margin - self._footer_height():
                break
            painter.fillRect(QRect(margin, top, self.width() - 2 * margin, row - round(16 * u)), QColor("#F4F6F9"))
            draw_text(painter, QRect(margin + round(24 * u), top, round(self.width() * 0.22), row - round(16 * u)),
                      line.room, pixel_font(40 * u, bold=True), INK, max_lines=2)
            left = margin + round(self.width() * 0.25)
            width = self.width() - left - margin - round(24 * u)
            if line.now is not None:
                draw_text(painter, QRect(left, top + round(8 * u), width, round(60 * u)),
                          self.tr("Now: %1").replace("%1", line.now.session.title), pixel_font(40 * u, bold=True), INK)
            if line.next is not None:
                start = line.next.session.start.astimezone(self.now.tzinfo).strftime("%H:%M")
                draw_text(painter, QRect(left, top + round(70 * u), width, round(56 * u)),
                          self.tr("Next: %1 %2").replace("%1", start).replace("%2", line.next.session.title),
                          pixel_font(36 * u), MUTED)
            top += row
        draw_text(painter, QRect(margin, self.height() - margin - round(70 * u), self.width() - 2 * margin,
                                 round(70 * u)), self.now.strftime("%H:%M"), pixel_font(56 * u, bold=True), MUTED,
                  align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if joined:
            self._paint_join_corner(painter, QRect(margin, self.height() - margin - self._footer_height(),
                                                   round(860 * u), self._footer_height()))


def _bar_values(poll: Poll, results: dict) -> list[float]:
    """Each bar's length as a share of the longest possible (choices: of the ballots; scale: of the most)."""
    if poll.kind in CHOICE_KINDS:
        key = "points" if poll.kind == RANKING else "count"
        values = [float(o[key]) for o in results["options"]]
        top = max(values, default=0.0) if poll.kind == RANKING else float(results["ballots"])
        return [v / top if top else 0.0 for v in values]
    if poll.kind == SCALE:
        counts = [float(p["count"]) for p in results["distribution"]]
        most = max(counts, default=0.0)
        return [c / most if most else 0.0 for c in counts]
    return []


def _bar_number(poll: Poll, option: dict, total: int, form: int) -> str:
    """A bar's number: a ranking's points; a choice's count and share (form 0) or only its share."""
    if poll.kind == RANKING:
        return str(option["points"])
    share = f"{100 * option['count'] // total} %"
    return f"{option['count']} · {share}" if form == 0 else share


def frame_ms(board: StageBoard, image: QImage) -> float:
    """How long one frame of the board takes to render offscreen into `image` (the stage's budget is 16 ms)."""
    started = time.perf_counter()
    board.render(image)
    return (time.perf_counter() - started) * 1000
