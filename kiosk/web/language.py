"""The phone's language (German or English, from its `Accept-Language`) and what the server says in it."""

from dataclasses import dataclass

LANGUAGES = ("de", "en")
DEFAULT = "de"


def phone_language(accept_language: str) -> str:
    """The first of the phone's languages (by preference) that the page speaks; German when none is."""
    ranked: list[tuple[float, int, str]] = []
    for position, part in enumerate(accept_language.split(",")[:20]):
        tag, _, params = part.strip().partition(";")
        weight = 1.0
        for param in params.split(";"):
            name, _, value = param.strip().partition("=")
            if name.strip() == "q":
                try:
                    weight = float(value)
                except ValueError:
                    weight = 0.0
        primary = tag.strip().split("-")[0].casefold()
        if primary in LANGUAGES and weight > 0:
            ranked.append((-weight, position, primary))
    return min(ranked)[2] if ranked else DEFAULT


@dataclass(frozen=True)
class Refusal:
    """Why the server did not do what a phone asked: an HTTP status and a message in German and English
    (with `{placeholders}` filled from `details`)."""

    status: int
    de: str
    en: str

    def text(self, language: str, **details: object) -> str:
        """The message in the language ("de" or "en")."""
        return (self.en if language == "en" else self.de).format(**details)


NO_DEVICE = Refusal(403, "Dieses Telefon ist noch nicht angemeldet: bitte die Seite neu laden.",
                    "This phone is not signed in yet: please reload the page.")
NOT_JSON = Refusal(415, "Die Stimme muss als JSON gesendet werden (Content-Type: application/json).",
                   "The ballot must be sent as JSON (Content-Type: application/json).")
TOO_LARGE = Refusal(413, "Das ist zu viel auf einmal (höchstens {limit} KB).",
                    "That is too much at once (at most {limit} KB).")
MALFORMED = Refusal(400, 'Die Stimme ist nicht lesbar (erwartet: {{"answers": [ … ]}}).',
                    'The ballot cannot be read (expected {{"answers": [ … ]}}).')
NO_POLL = Refusal(404, "Diese Umfrage gibt es nicht.", "There is no such poll.")
NOT_OPEN = Refusal(409, "Diese Umfrage ist noch nicht geöffnet.", "This poll is not open yet.")
CLOSED = Refusal(409, "Diese Umfrage ist geschlossen.", "This poll is closed.")
VOTED = Refusal(409, "Sie haben hier schon abgestimmt.", "You have voted in this poll already.")
ASKED = Refusal(409, "Diese Frage haben Sie schon gestellt.", "You have asked this question already.")
SUPPORTED = Refusal(409, "Diese Frage unterstützen Sie schon.", "You support this question already.")
NO_QUESTION = Refusal(404, "Diese Frage ist nicht (mehr) zu sehen.", "This question is not shown (any more).")
CHOOSE = Refusal(422, "Bitte wählen Sie bis zu {most} der angebotenen Antworten, jede höchstens einmal.",
                 "Please choose up to {most} of the answers offered, each at most once.")
RATE = Refusal(422, "Bitte eine ganze Zahl von {low} bis {high} wählen.",
               "Please choose a whole number from {low} to {high}.")
WRITE = Refusal(422, "Bitte {low} bis {high} Zeichen eingeben.", "Please enter {low} to {high} characters.")
HIDDEN = Refusal(403, "Die Ergebnisse sind noch nicht freigegeben.", "The results have not been revealed yet.")
BUSY = Refusal(503, "Gerade ist sehr viel los: bitte gleich noch einmal versuchen.",
               "Very busy right now: please try again in a moment.")
NOT_SAVED = Refusal(503, "Die Stimme konnte nicht gespeichert werden: bitte noch einmal versuchen.",
                    "The ballot could not be saved: please try again.")
NOT_ACCEPTED = Refusal(409, "Nicht angenommen ({detail}).", "Not accepted ({detail}).")
NO_PAGE = Refusal(404, "Diese Adresse gibt es hier nicht.", "There is nothing at this address.")
NO_METHOD = Refusal(405, "Das geht an dieser Adresse nicht.", "This address does not take that.")
