<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ArrivalsChart</name>
    <message>
        <location filename="../../ui/staff/arrivals_chart.py" line="36"/>
        <source>No arrivals yet.</source>
        <translation>Noch keine Ankünfte.</translation>
    </message>
</context>
<context>
    <name>AttendeeKiosk</name>
    <message>
        <location filename="../../ui/attendee/kiosk.py" line="79"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/kiosk.py" line="184"/>
        <source>Thank you!</source>
        <translation>Danke!</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/kiosk.py" line="184"/>
        <source>Your topics are saved.</source>
        <translation>Ihre Themen sind gespeichert.</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/kiosk.py" line="197"/>
        <source>We need to check this at the help desk</source>
        <translation>Das klären wir am Info-Counter</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/kiosk.py" line="198"/>
        <source>Please go to the help desk – we will check you in there.</source>
        <translation>Bitte kommen Sie zum Info-Counter – wir checken Sie dort ein.</translation>
    </message>
</context>
<context>
    <name>BadgePanel</name>
    <message>
        <location filename="../../ui/staff/badge_panel.py" line="72"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../ui/staff/badge_panel.py" line="72"/>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location filename="../../ui/staff/badge_panel.py" line="72"/>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location filename="../../ui/staff/badge_panel.py" line="72"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/staff/badge_panel.py" line="73"/>
        <source>Reason for the reprint</source>
        <translation>Grund für den Nachdruck</translation>
    </message>
    <message>
        <location filename="../../ui/staff/badge_panel.py" line="77"/>
        <source>Save corrections</source>
        <translation>Korrekturen speichern</translation>
    </message>
    <message>
        <location filename="../../ui/staff/badge_panel.py" line="78"/>
        <source>Reprint badge</source>
        <translation>Badge nachdrucken</translation>
    </message>
    <message>
        <location filename="../../ui/staff/badge_panel.py" line="122"/>
        <source>No font can draw: {chars} – they print as boxes.</source>
        <translation>Keine Schrift kann darstellen: {chars} – sie werden als Kästchen gedruckt.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/badge_panel.py" line="126"/>
        <source>The preview failed: {error}</source>
        <translation>Die Vorschau ist fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/staff/badge_panel.py" line="134"/>
        <source>A badge needs a first or last name.</source>
        <translation>Ein Badge braucht einen Vor- oder Nachnamen.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/badge_panel.py" line="138"/>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/badge_panel.py" line="145"/>
        <source>Give a reason for the reprint.</source>
        <translation>Bitte einen Grund für den Nachdruck angeben.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/badge_panel.py" line="150"/>
        <source>Reprint queued.</source>
        <translation>Nachdruck in der Warteschlange.</translation>
    </message>
</context>
<context>
    <name>ConfirmScreen</name>
    <message>
        <location filename="../../ui/attendee/screens.py" line="190"/>
        <source>Is this you?</source>
        <translation>Sind Sie das?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/attendee/screens.py" line="191"/>
        <source>To confirm, type the first %n letters of your e-mail address.</source>
        <translation>
            <numerusform>Zur Bestätigung tippen Sie den ersten Buchstaben Ihrer E-Mail-Adresse.</numerusform>
            <numerusform>Zur Bestätigung tippen Sie die ersten %n Buchstaben Ihrer E-Mail-Adresse.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/attendee/screens.py" line="193"/>
        <source>Check in</source>
        <translation>Einchecken</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/screens.py" line="194"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/screens.py" line="205"/>
        <source>That does not match. Please try again.</source>
        <translation>Das passt leider nicht. Bitte noch einmal versuchen.</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../../ui/staff/attendees.py" line="218"/>
        <source>{count} guests no longer in the list were cancelled.</source>
        <translation>{count} Gäste, die nicht mehr in der Liste stehen, wurden storniert.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/attendees.py" line="221"/>
        <source>{count} guests are no longer in the list (not cancelled: see kiosk import --cancel-missing).</source>
        <translation>{count} Gäste stehen nicht mehr in der Liste (nicht storniert: siehe kiosk import --cancel-missing).</translation>
    </message>
    <message>
        <location filename="../../ui/staff/attendees.py" line="225"/>
        <source>{count} corrections made by staff were kept although the list has them differently.</source>
        <translation>{count} Korrekturen des Personals wurden beibehalten, obwohl die Liste anderes enthält.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/attendees.py" line="231"/>
        <source>Last import ({file}, {time}):</source>
        <translation>Letzter Import ({file}, {time}):</translation>
    </message>
    <message>
        <location filename="../../ui/staff/attendees.py" line="241"/>
        <source>Category &quot;{value}&quot; is not in event.toml: {count} guests (line {lines}).</source>
        <translation>Kategorie „{value}“ fehlt in event.toml: {count} Gäste (Zeile {lines}).</translation>
    </message>
    <message>
        <location filename="../../ui/staff/attendees.py" line="243"/>
        <source>&quot;?&quot; in {count} names, e.g. &quot;{value}&quot;: characters lost in the export? (line {lines})</source>
        <translation>„?“ in {count} Namen, z. B. „{value}“: beim Export verlorene Zeichen? (Zeile {lines})</translation>
    </message>
    <message>
        <location filename="../../ui/staff/attendees.py" line="245"/>
        <source>The updated list drops {count} of {total} imported guests – is it the whole list?</source>
        <translation>Der neuen Liste fehlen {count} von {total} importierten Gästen – ist sie vollständig?</translation>
    </message>
    <message>
        <location filename="../../ui/staff/attendees.py" line="247"/>
        <source>No ticket-code column found: {count} new guests got fresh codes.</source>
        <translation>Keine Spalte mit Ticket-Codes gefunden: {count} neue Gäste haben neue Codes bekommen.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/attendees.py" line="249"/>
        <source>Column &quot;{value}&quot; was read as the category but holds unique codes: ticket codes?</source>
        <translation>Spalte „{value}“ wurde als Kategorie gelesen, enthält aber lauter verschiedene Codes: Ticket-Codes?</translation>
    </message>
    <message>
        <location filename="../../ui/staff/attendees.py" line="251"/>
        <source>Guests no longer in the list were not cancelled: {count} rows have errors.</source>
        <translation>Gäste, die nicht mehr in der Liste stehen, wurden nicht storniert: {count} Zeilen sind fehlerhaft.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="170"/>
        <source>Quit the kiosk?</source>
        <translation>Kiosk beenden?</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="171"/>
        <source>The program ends and the screen stays empty until someone starts it again.</source>
        <translation>Das Programm endet, und der Bildschirm bleibt leer, bis jemand es neu startet.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="172"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="172"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>Moment</name>
    <message>
        <location filename="../../ui/attendee/screens.py" line="27"/>
        <source>ddd d MMM</source>
        <translation>ddd, d.M.</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/screens.py" line="28"/>
        <source>{date}, {time}</source>
        <translation>{date} um {time}</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <location filename="../../ui/staff/attendees.py" line="206"/>
        <source>replaced by a new ticket</source>
        <translation>durch ein neues Ticket ersetzt</translation>
    </message>
    <message>
        <location filename="../../ui/staff/attendees.py" line="207"/>
        <source>no longer in the list</source>
        <translation>nicht mehr in der Liste</translation>
    </message>
    <message>
        <location filename="../../ui/staff/attendees.py" line="209"/>
        <source>{name}: {outcome}</source>
        <translation>{name}: {outcome}</translation>
    </message>
    <message>
        <location filename="../../ui/staff/attendees.py" line="263"/>
        <source>checked in</source>
        <translation>eingecheckt</translation>
    </message>
    <message>
        <location filename="../../ui/staff/attendees.py" line="264"/>
        <source>was already checked in</source>
        <translation>war bereits eingecheckt</translation>
    </message>
    <message>
        <location filename="../../ui/staff/attendees.py" line="265"/>
        <source>unknown code</source>
        <translation>unbekannter Code</translation>
    </message>
    <message>
        <location filename="../../ui/staff/attendees.py" line="266"/>
        <source>invalid code</source>
        <translation>ungültiger Code</translation>
    </message>
    <message>
        <location filename="../../ui/staff/attendees.py" line="267"/>
        <source>ticket cancelled</source>
        <translation>Ticket storniert</translation>
    </message>
    <message>
        <location filename="../../ui/staff/attendees.py" line="268"/>
        <source>not valid today</source>
        <translation>heute nicht gültig</translation>
    </message>
</context>
<context>
    <name>OutcomeScreen</name>
    <message>
        <location filename="../../ui/attendee/screens.py" line="256"/>
        <source>Pick my topics</source>
        <translation>Meine Themen wählen</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/screens.py" line="303"/>
        <source>Please go to the help desk – we will sort it out.</source>
        <translation>Bitte kommen Sie zum Info-Counter – wir klären das.</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/screens.py" line="316"/>
        <source>Welcome, {name}!</source>
        <translation>Willkommen, {name}!</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/screens.py" line="315"/>
        <source>You are checked in.</source>
        <translation>Sie sind eingecheckt.</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/screens.py" line="255"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/screens.py" line="307"/>
        <source>Welcome back, {name}!</source>
        <translation>Willkommen zurück, {name}!</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/screens.py" line="308"/>
        <source>You are checked in for today.</source>
        <translation>Sie sind für heute eingecheckt.</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/screens.py" line="311"/>
        <source>Your badge is being printed.</source>
        <translation>Ihr Badge wird gedruckt.</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/screens.py" line="313"/>
        <source>Pick your topics – your badge prints right after.</source>
        <translation>Wählen Sie Ihre Themen – danach wird Ihr Badge gedruckt.</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/screens.py" line="318"/>
        <source>You are already checked in</source>
        <translation>Sie sind bereits eingecheckt</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/screens.py" line="319"/>
        <source>Since {time} at {kiosk}. If that was not you, please go to the help desk.</source>
        <translation>Seit {time} an {kiosk}. Falls Sie das nicht waren, kommen Sie bitte zum Info-Counter.</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/screens.py" line="322"/>
        <source>This ticket has been cancelled</source>
        <translation>Dieses Ticket wurde storniert</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/screens.py" line="324"/>
        <source>Your ticket is not valid today</source>
        <translation>Ihr Ticket gilt heute nicht</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/screens.py" line="326"/>
        <source>This is not a ticket for this event</source>
        <translation>Das ist kein Ticket für diese Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/screens.py" line="328"/>
        <source>We could not find this ticket</source>
        <translation>Dieses Ticket konnten wir nicht finden</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../../ui/widgets/pin_pad.py" line="56"/>
        <source>Staff PIN</source>
        <translation>Team-PIN</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pin_pad.py" line="57"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pin_pad.py" line="58"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pin_pad.py" line="82"/>
        <source>No staff PIN is set for this event (kiosk set-pin).</source>
        <translation>Für diese Veranstaltung ist keine Team-PIN gesetzt (kiosk set-pin).</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pin_pad.py" line="84"/>
        <source>Wrong PIN.</source>
        <translation>Falsche PIN.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/pin_pad.py" line="92"/>
        <source>Too many wrong tries. Try again in %n seconds.</source>
        <translation>
            <numerusform>Zu viele Fehlversuche. Nächster Versuch in %n Sekunde.</numerusform>
            <numerusform>Zu viele Fehlversuche. Nächster Versuch in %n Sekunden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintReason</name>
    <message>
        <location filename="../../ui/staff/print_queue.py" line="32"/>
        <source>reprint: {reason}</source>
        <translation>Nachdruck: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/staff/print_queue.py" line="35"/>
        <source>first check-in</source>
        <translation>erster Check-in</translation>
    </message>
    <message>
        <location filename="../../ui/staff/print_queue.py" line="36"/>
        <source>topics chosen</source>
        <translation>Themen gewählt</translation>
    </message>
</context>
<context>
    <name>PrintState</name>
    <message>
        <location filename="../../ui/staff/print_queue.py" line="20"/>
        <source>waiting for topics</source>
        <translation>wartet auf Themen</translation>
    </message>
    <message>
        <location filename="../../ui/staff/print_queue.py" line="21"/>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <location filename="../../ui/staff/print_queue.py" line="22"/>
        <source>printing</source>
        <translation>wird gedruckt</translation>
    </message>
    <message>
        <location filename="../../ui/staff/print_queue.py" line="23"/>
        <source>printed</source>
        <translation>gedruckt</translation>
    </message>
    <message>
        <location filename="../../ui/staff/print_queue.py" line="24"/>
        <source>cancelled</source>
        <translation>storniert</translation>
    </message>
</context>
<context>
    <name>SearchScreen</name>
    <message>
        <location filename="../../ui/attendee/screens.py" line="119"/>
        <source>Find your registration</source>
        <translation>Anmeldung suchen</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/screens.py" line="120"/>
        <source>Your name or organisation</source>
        <translation>Ihr Name oder Ihre Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/screens.py" line="121"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/attendee/screens.py" line="141"/>
        <source>Type at least %n letters of your name.</source>
        <translation>
            <numerusform>Tippen Sie mindestens %n Buchstaben Ihres Namens.</numerusform>
            <numerusform>Tippen Sie mindestens %n Buchstaben Ihres Namens.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/attendee/screens.py" line="143"/>
        <source>Nobody found. Check the spelling, or ask at the help desk.</source>
        <translation>Niemand gefunden. Bitte Schreibweise prüfen oder am Info-Counter fragen.</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/screens.py" line="145"/>
        <source>More found — keep typing</source>
        <translation>Weitere gefunden – bitte weitertippen</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/screens.py" line="147"/>
        <source>Tap your name.</source>
        <translation>Tippen Sie auf Ihren Namen.</translation>
    </message>
</context>
<context>
    <name>StaffAttendees</name>
    <message>
        <location filename="../../ui/staff/attendees.py" line="102"/>
        <source>Search name or organisation…</source>
        <translation>Name oder Organisation suchen …</translation>
    </message>
    <message>
        <location filename="../../ui/staff/attendees.py" line="103"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/staff/attendees.py" line="103"/>
        <location filename="../../ui/staff/attendees.py" line="109"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/staff/attendees.py" line="103"/>
        <location filename="../../ui/staff/attendees.py" line="110"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../../ui/staff/attendees.py" line="104"/>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location filename="../../ui/staff/attendees.py" line="104"/>
        <source>Checked in</source>
        <translation>Eingecheckt</translation>
    </message>
    <message>
        <location filename="../../ui/staff/attendees.py" line="105"/>
        <source>Check in</source>
        <translation>Einchecken</translation>
    </message>
    <message>
        <location filename="../../ui/staff/attendees.py" line="106"/>
        <source>Reason for undoing</source>
        <translation>Grund für die Rücknahme</translation>
    </message>
    <message>
        <location filename="../../ui/staff/attendees.py" line="107"/>
        <source>Undo check-in</source>
        <translation>Check-in zurücknehmen</translation>
    </message>
    <message>
        <location filename="../../ui/staff/attendees.py" line="108"/>
        <source>Walk-in</source>
        <translation>Spontananmeldung</translation>
    </message>
    <message>
        <location filename="../../ui/staff/attendees.py" line="109"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../ui/staff/attendees.py" line="109"/>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location filename="../../ui/staff/attendees.py" line="109"/>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location filename="../../ui/staff/attendees.py" line="110"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../ui/staff/attendees.py" line="117"/>
        <source>Register and check in</source>
        <translation>Anmelden und einchecken</translation>
    </message>
    <message>
        <location filename="../../ui/staff/attendees.py" line="153"/>
        <source>cancelled</source>
        <translation>storniert</translation>
    </message>
    <message>
        <location filename="../../ui/staff/attendees.py" line="166"/>
        <source>Select an attendee first.</source>
        <translation>Bitte zuerst eine Person auswählen.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/attendees.py" line="173"/>
        <source>Select an attendee and give a reason.</source>
        <translation>Bitte eine Person auswählen und einen Grund angeben.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/attendees.py" line="176"/>
        <source>Check-in undone.</source>
        <translation>Check-in zurückgenommen.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/attendees.py" line="176"/>
        <source>This attendee is not checked in.</source>
        <translation>Diese Person ist nicht eingecheckt.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/attendees.py" line="186"/>
        <source>A walk-in needs at least a first or last name.</source>
        <translation>Für eine Spontananmeldung wird mindestens ein Vor- oder Nachname gebraucht.</translation>
    </message>
</context>
<context>
    <name>StaffDesk</name>
    <message>
        <location filename="../../ui/staff/desk.py" line="87"/>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="88"/>
        <source>Export Excel</source>
        <translation>Excel exportieren</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="89"/>
        <source>Lock</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="90"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="91"/>
        <source>Attendees</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="91"/>
        <source>Badge</source>
        <translation>Badge</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="91"/>
        <source>Print queue</source>
        <translation>Druckaufträge</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="92"/>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="92"/>
        <source>Arrivals</source>
        <translation>Ankünfte</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="92"/>
        <source>Check-in log</source>
        <translation>Check-in-Protokoll</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="94"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="94"/>
        <source>Kiosk</source>
        <translation>Kiosk</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="94"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="95"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="95"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="113"/>
        <source>{done} of {expected} checked in</source>
        <translation>{done} von {expected} eingecheckt</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="132"/>
        <source>Export check-in list</source>
        <translation>Check-in-Liste exportieren</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="139"/>
        <source>Exporting…</source>
        <translation>Wird exportiert …</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/staff/desk.py" line="149"/>
        <source>Exported %n attendees to {path}.</source>
        <translation>
            <numerusform>%n Person nach {path} exportiert.</numerusform>
            <numerusform>%n Personen nach {path} exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="153"/>
        <source>Export failed: {error}</source>
        <translation>Export fehlgeschlagen: {error}</translation>
    </message>
</context>
<context>
    <name>StaffPrintQueue</name>
    <message>
        <location filename="../../ui/staff/print_queue.py" line="72"/>
        <source>Queued</source>
        <translation>Eingereiht</translation>
    </message>
    <message>
        <location filename="../../ui/staff/print_queue.py" line="72"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/staff/print_queue.py" line="72"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../ui/staff/print_queue.py" line="72"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/staff/print_queue.py" line="73"/>
        <source>Tries</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <location filename="../../ui/staff/print_queue.py" line="73"/>
        <source>Reason / printer message</source>
        <translation>Grund / Meldung des Druckers</translation>
    </message>
    <message>
        <location filename="../../ui/staff/print_queue.py" line="74"/>
        <source>Print again now</source>
        <translation>Jetzt erneut drucken</translation>
    </message>
    <message>
        <location filename="../../ui/staff/print_queue.py" line="75"/>
        <source>Cancel job</source>
        <translation>Auftrag abbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/staff/print_queue.py" line="89"/>
        <source>topic badge</source>
        <translation>Themen-Badge</translation>
    </message>
    <message>
        <location filename="../../ui/staff/print_queue.py" line="89"/>
        <source>badge</source>
        <translation>Badge</translation>
    </message>
    <message>
        <location filename="../../ui/staff/print_queue.py" line="98"/>
        <source>{waiting} waiting, {failing} with printer problems</source>
        <translation>{waiting} warten, {failing} mit Druckerproblemen</translation>
    </message>
    <message>
        <location filename="../../ui/staff/print_queue.py" line="101"/>
        <source>The print worker stopped and is being restarted. </source>
        <translation>Der Druckdienst war gestoppt und wird neu gestartet. </translation>
    </message>
</context>
<context>
    <name>StaffTopics</name>
    <message>
        <location filename="../../ui/staff/topics.py" line="36"/>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location filename="../../ui/staff/topics.py" line="36"/>
        <source>I can talk about</source>
        <translation>Darüber kann ich erzählen</translation>
    </message>
    <message>
        <location filename="../../ui/staff/topics.py" line="37"/>
        <source>I would like to talk about</source>
        <translation>Darüber möchte ich sprechen</translation>
    </message>
    <message>
        <location filename="../../ui/staff/topics.py" line="38"/>
        <source>Export topic counts (CSV)</source>
        <translation>Themen-Zählung exportieren (CSV)</translation>
    </message>
    <message>
        <location filename="../../ui/staff/topics.py" line="49"/>
        <source>Export topic counts</source>
        <translation>Themen-Zählung exportieren</translation>
    </message>
    <message>
        <location filename="../../ui/staff/topics.py" line="56"/>
        <source>Exported to {path}.</source>
        <translation>Exportiert nach {path}.</translation>
    </message>
</context>
<context>
    <name>TopicScreen</name>
    <message>
        <location filename="../../ui/attendee/topics.py" line="66"/>
        <source>Mein Digital, Dein Digital</source>
        <translation>Mein Digital, Dein Digital</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/topics.py" line="67"/>
        <source>I can talk about</source>
        <translation>Darüber kann ich erzählen</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/topics.py" line="68"/>
        <source>I would like to talk about</source>
        <translation>Darüber möchte ich sprechen</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/topics.py" line="69"/>
        <source>Save my topics</source>
        <translation>Meine Themen speichern</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/topics.py" line="70"/>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/topics.py" line="99"/>
        <source>{chosen} of {most} chosen</source>
        <translation>{chosen} von {most} gewählt</translation>
    </message>
</context>
<context>
    <name>TouchKeyboard</name>
    <message>
        <location filename="../../ui/widgets/touch_keyboard.py" line="42"/>
        <source>Space</source>
        <translation>Leerzeichen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/touch_keyboard.py" line="43"/>
        <source>Clear</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <location filename="../../ui/attendee/screens.py" line="70"/>
        <source>Welcome!</source>
        <translation>Willkommen!</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/screens.py" line="71"/>
        <source>Hold the QR code of your ticket under the scanner.</source>
        <translation>Halten Sie den QR-Code Ihres Tickets unter den Scanner.</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/screens.py" line="72"/>
        <source>Find me by name</source>
        <translation>Mit Namen suchen</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/screens.py" line="73"/>
        <source>…or show it to the camera.</source>
        <translation>… oder zeigen Sie ihn der Kamera.</translation>
    </message>
</context>
</TS>
