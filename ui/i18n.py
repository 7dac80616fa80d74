"""Languages: German first, English at a tap, through Qt's translation system."""

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from kiosk.common.paths import resource

LANGUAGES = ("de", "en")


class Languages:
    """Installs the translator of the chosen language; widgets retranslate on Qt's LanguageChange."""

    def __init__(self, app: QCoreApplication, first: str = "de") -> None:
        self.app = app
        self.current = ""
        self._translator: QTranslator | None = None
        self.set(first)

    def set(self, language: str) -> None:
        """Switch every screen to `language` ("de" or "en")."""
        if language == self.current:
            return
        translator = QTranslator(self.app)
        if not translator.load(str(resource("translations", f"event_kiosk_{language}.qm"))):
            raise FileNotFoundError(f"no translation file for {language!r}")
        if self._translator is not None:
            self.app.removeTranslator(self._translator)
        self.app.installTranslator(translator)
        self._translator, self.current = translator, language
        QLocale.setDefault(QLocale(language))

    def uninstall(self) -> None:
        """Remove the translator (when the window goes away)."""
        if self._translator is not None:
            self.app.removeTranslator(self._translator)
            self._translator, self.current = None, ""

    def toggle(self) -> None:
        """German ⇄ English."""
        self.set("en" if self.current == "de" else "de")
