"""From an attendee in the database to what the badge engine draws: fields, code, role colour, topics."""

from pathlib import Path

from kiosk.attendees import records as attendees
from kiosk.badges import BadgeData, Layout, Topic, load_layout
from kiosk.event.config import EventConfig
from kiosk.event.store import Store
from kiosk.topics import choices as topics


def badge_data(store: Store, config: EventConfig, attendee_id: int, with_topics: bool | None = None) -> BadgeData:
    """Everything one attendee's badge shows."""
    attendee = attendees.get(store, attendee_id)
    if attendee is None:
        raise LookupError(f"no attendee {attendee_id}")
    category = config.category(attendee.category)
    colours = {t.name: t.colour for t in config.topics}
    show_topics = config.badges.topics_on_badge if with_topics is None else with_topics
    chips = [Topic(label=name, colour=colours.get(name, "#5F6B7A"), kind=kind)
             for name, kind in topics.chosen(store, attendee_id)] if show_topics else []
    fields = {
        "salutation": attendee.salutation, "title": attendee.title, "first_name": attendee.first_name,
        "last_name": attendee.last_name, "organisation": attendee.organisation, "category": attendee.category,
        "role": category.role_label, "event_name": config.name, "event_date": config.start.strftime("%d.%m.%Y"),
        "venue": config.venue,
    }
    return BadgeData(fields=fields, code=attendee.code, role_colour=category.colour, topics=chips)


def layout_named(config: EventConfig, name: str) -> Layout:
    """A layout of the event's own (under [badges.layouts]) or a preset."""
    table = config.badges.layouts.get(name)
    return load_layout(table if table is not None else name)


def logo_path(config: EventConfig, folder: Path) -> Path | None:
    """The event's logo file, if it has one and it exists."""
    if not config.badges.logo:
        return None
    path = folder / config.badges.logo
    return path if path.exists() else None
