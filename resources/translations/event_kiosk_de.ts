<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ArrivalsChart</name>
    <message>
        <location filename="../../ui/arrivals_chart.py" line="36"/>
        <source>No arrivals yet.</source>
        <translation>Noch keine Ankünfte.</translation>
    </message>
</context>
<context>
    <name>AttendeeKiosk</name>
    <message>
        <location filename="../../ui/attendee_kiosk.py" line="67"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../ui/attendee_kiosk.py" line="155"/>
        <source>We need to check this at the help desk</source>
        <translation>Das klären wir am Info-Counter</translation>
    </message>
    <message>
        <location filename="../../ui/attendee_kiosk.py" line="156"/>
        <source>Please go to the help desk – we will check you in there.</source>
        <translation>Bitte kommen Sie zum Info-Counter – wir checken Sie dort ein.</translation>
    </message>
</context>
<context>
    <name>ConfirmScreen</name>
    <message>
        <location filename="../../ui/attendee_screens.py" line="185"/>
        <source>Is this you?</source>
        <translation>Sind Sie das?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/attendee_screens.py" line="186"/>
        <source>To confirm, type the first %n letters of your e-mail address.</source>
        <translation>
            <numerusform>Zur Bestätigung tippen Sie den ersten Buchstaben Ihrer E-Mail-Adresse.</numerusform>
            <numerusform>Zur Bestätigung tippen Sie die ersten %n Buchstaben Ihrer E-Mail-Adresse.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/attendee_screens.py" line="188"/>
        <source>Check in</source>
        <translation>Einchecken</translation>
    </message>
    <message>
        <location filename="../../ui/attendee_screens.py" line="189"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../../ui/attendee_screens.py" line="200"/>
        <source>That does not match. Please try again.</source>
        <translation>Das passt leider nicht. Bitte noch einmal versuchen.</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <location filename="../../ui/staff_attendees.py" line="173"/>
        <source>checked in</source>
        <translation>eingecheckt</translation>
    </message>
    <message>
        <location filename="../../ui/staff_attendees.py" line="174"/>
        <source>was already checked in</source>
        <translation>war bereits eingecheckt</translation>
    </message>
    <message>
        <location filename="../../ui/staff_attendees.py" line="175"/>
        <source>unknown code</source>
        <translation>unbekannter Code</translation>
    </message>
    <message>
        <location filename="../../ui/staff_attendees.py" line="176"/>
        <source>invalid code</source>
        <translation>ungültiger Code</translation>
    </message>
    <message>
        <location filename="../../ui/staff_attendees.py" line="177"/>
        <source>ticket cancelled</source>
        <translation>Ticket storniert</translation>
    </message>
    <message>
        <location filename="../../ui/staff_attendees.py" line="178"/>
        <source>not valid today</source>
        <translation>heute nicht gültig</translation>
    </message>
</context>
<context>
    <name>OutcomeScreen</name>
    <message>
        <location filename="../../ui/attendee_screens.py" line="274"/>
        <source>Please go to the help desk – we will sort it out.</source>
        <translation>Bitte kommen Sie zum Info-Counter – wir klären das.</translation>
    </message>
    <message>
        <location filename="../../ui/attendee_screens.py" line="278"/>
        <source>Welcome, {name}!</source>
        <translation>Willkommen, {name}!</translation>
    </message>
    <message>
        <location filename="../../ui/attendee_screens.py" line="278"/>
        <source>You are checked in.</source>
        <translation>Sie sind eingecheckt.</translation>
    </message>
    <message>
        <location filename="../../ui/attendee_screens.py" line="280"/>
        <source>You are already checked in</source>
        <translation>Sie sind bereits eingecheckt</translation>
    </message>
    <message>
        <location filename="../../ui/attendee_screens.py" line="281"/>
        <source>Since {time} at {kiosk}. If that was not you, please go to the help desk.</source>
        <translation>Seit {time} an {kiosk}. Falls Sie das nicht waren, kommen Sie bitte zum Info-Counter.</translation>
    </message>
    <message>
        <location filename="../../ui/attendee_screens.py" line="284"/>
        <source>This ticket has been cancelled</source>
        <translation>Dieses Ticket wurde storniert</translation>
    </message>
    <message>
        <location filename="../../ui/attendee_screens.py" line="286"/>
        <source>Your ticket is not valid today</source>
        <translation>Ihr Ticket gilt heute nicht</translation>
    </message>
    <message>
        <location filename="../../ui/attendee_screens.py" line="288"/>
        <source>This is not a ticket for this event</source>
        <translation>Das ist kein Ticket für diese Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../ui/attendee_screens.py" line="290"/>
        <source>We could not find this ticket</source>
        <translation>Dieses Ticket konnten wir nicht finden</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../../ui/pin_pad.py" line="56"/>
        <source>Staff PIN</source>
        <translation>Team-PIN</translation>
    </message>
    <message>
        <location filename="../../ui/pin_pad.py" line="57"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../../ui/pin_pad.py" line="58"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../ui/pin_pad.py" line="86"/>
        <source>No staff PIN is set for this event (kiosk set-pin).</source>
        <translation>Für diese Veranstaltung ist keine Team-PIN gesetzt (kiosk set-pin).</translation>
    </message>
    <message>
        <location filename="../../ui/pin_pad.py" line="88"/>
        <source>Wrong PIN.</source>
        <translation>Falsche PIN.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pin_pad.py" line="96"/>
        <source>Too many wrong tries. Try again in %n seconds.</source>
        <translation>
            <numerusform>Zu viele Fehlversuche. Nächster Versuch in %n Sekunde.</numerusform>
            <numerusform>Zu viele Fehlversuche. Nächster Versuch in %n Sekunden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchScreen</name>
    <message>
        <location filename="../../ui/attendee_screens.py" line="116"/>
        <source>Find your registration</source>
        <translation>Anmeldung suchen</translation>
    </message>
    <message>
        <location filename="../../ui/attendee_screens.py" line="117"/>
        <source>Your name or organisation</source>
        <translation>Ihr Name oder Ihre Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/attendee_screens.py" line="118"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/attendee_screens.py" line="138"/>
        <source>Type at least %n letters of your name.</source>
        <translation>
            <numerusform>Tippen Sie mindestens %n Buchstaben Ihres Namens.</numerusform>
            <numerusform>Tippen Sie mindestens %n Buchstaben Ihres Namens.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/attendee_screens.py" line="140"/>
        <source>Nobody found. Check the spelling, or ask at the help desk.</source>
        <translation>Niemand gefunden. Bitte Schreibweise prüfen oder am Info-Counter fragen.</translation>
    </message>
    <message>
        <location filename="../../ui/attendee_screens.py" line="142"/>
        <source>Tap your name.</source>
        <translation>Tippen Sie auf Ihren Namen.</translation>
    </message>
</context>
<context>
    <name>StaffAttendees</name>
    <message>
        <location filename="../../ui/staff_attendees.py" line="87"/>
        <source>Search name or organisation…</source>
        <translation>Name oder Organisation suchen …</translation>
    </message>
    <message>
        <location filename="../../ui/staff_attendees.py" line="88"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/staff_attendees.py" line="88"/>
        <location filename="../../ui/staff_attendees.py" line="94"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/staff_attendees.py" line="88"/>
        <location filename="../../ui/staff_attendees.py" line="95"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../../ui/staff_attendees.py" line="89"/>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location filename="../../ui/staff_attendees.py" line="89"/>
        <source>Checked in</source>
        <translation>Eingecheckt</translation>
    </message>
    <message>
        <location filename="../../ui/staff_attendees.py" line="90"/>
        <source>Check in</source>
        <translation>Einchecken</translation>
    </message>
    <message>
        <location filename="../../ui/staff_attendees.py" line="91"/>
        <source>Reason for undoing</source>
        <translation>Grund für die Rücknahme</translation>
    </message>
    <message>
        <location filename="../../ui/staff_attendees.py" line="92"/>
        <source>Undo check-in</source>
        <translation>Check-in zurücknehmen</translation>
    </message>
    <message>
        <location filename="../../ui/staff_attendees.py" line="93"/>
        <source>Walk-in</source>
        <translation>Spontananmeldung</translation>
    </message>
    <message>
        <location filename="../../ui/staff_attendees.py" line="94"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../ui/staff_attendees.py" line="94"/>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location filename="../../ui/staff_attendees.py" line="94"/>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location filename="../../ui/staff_attendees.py" line="95"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../ui/staff_attendees.py" line="102"/>
        <source>Register and check in</source>
        <translation>Anmelden und einchecken</translation>
    </message>
    <message>
        <location filename="../../ui/staff_attendees.py" line="121"/>
        <source>cancelled</source>
        <translation>storniert</translation>
    </message>
    <message>
        <location filename="../../ui/staff_attendees.py" line="134"/>
        <source>Select an attendee first.</source>
        <translation>Bitte zuerst eine Person auswählen.</translation>
    </message>
    <message>
        <location filename="../../ui/staff_attendees.py" line="141"/>
        <source>Select an attendee and give a reason.</source>
        <translation>Bitte eine Person auswählen und einen Grund angeben.</translation>
    </message>
    <message>
        <location filename="../../ui/staff_attendees.py" line="144"/>
        <source>Check-in undone.</source>
        <translation>Check-in zurückgenommen.</translation>
    </message>
    <message>
        <location filename="../../ui/staff_attendees.py" line="144"/>
        <source>This attendee is not checked in.</source>
        <translation>Diese Person ist nicht eingecheckt.</translation>
    </message>
    <message>
        <location filename="../../ui/staff_attendees.py" line="154"/>
        <source>A walk-in needs at least a first or last name.</source>
        <translation>Für eine Spontananmeldung wird mindestens ein Vor- oder Nachname gebraucht.</translation>
    </message>
    <message>
        <location filename="../../ui/staff_attendees.py" line="162"/>
        <source>{name}: {outcome}</source>
        <translation>{name}: {outcome}</translation>
    </message>
</context>
<context>
    <name>StaffDesk</name>
    <message>
        <location filename="../../ui/staff_desk.py" line="80"/>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message>
        <location filename="../../ui/staff_desk.py" line="81"/>
        <source>Export Excel</source>
        <translation>Excel exportieren</translation>
    </message>
    <message>
        <location filename="../../ui/staff_desk.py" line="82"/>
        <source>Lock</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <location filename="../../ui/staff_desk.py" line="83"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location filename="../../ui/staff_desk.py" line="84"/>
        <source>Attendees</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <location filename="../../ui/staff_desk.py" line="85"/>
        <source>Arrivals</source>
        <translation>Ankünfte</translation>
    </message>
    <message>
        <location filename="../../ui/staff_desk.py" line="86"/>
        <source>Check-in log</source>
        <translation>Check-in-Protokoll</translation>
    </message>
    <message>
        <location filename="../../ui/staff_desk.py" line="87"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../../ui/staff_desk.py" line="87"/>
        <source>Kiosk</source>
        <translation>Kiosk</translation>
    </message>
    <message>
        <location filename="../../ui/staff_desk.py" line="87"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../../ui/staff_desk.py" line="88"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/staff_desk.py" line="88"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/staff_desk.py" line="110"/>
        <source>{done} of {expected} checked in</source>
        <translation>{done} von {expected} eingecheckt</translation>
    </message>
    <message>
        <location filename="../../ui/staff_desk.py" line="126"/>
        <source>Export check-in list</source>
        <translation>Check-in-Liste exportieren</translation>
    </message>
    <message>
        <location filename="../../ui/staff_desk.py" line="134"/>
        <source>Exporting…</source>
        <translation>Wird exportiert …</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/staff_desk.py" line="144"/>
        <source>Exported %n attendees to {path}.</source>
        <translation>
            <numerusform>%n Person nach {path} exportiert.</numerusform>
            <numerusform>%n Personen nach {path} exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/staff_desk.py" line="148"/>
        <source>Export failed: {error}</source>
        <translation>Export fehlgeschlagen: {error}</translation>
    </message>
</context>
<context>
    <name>TouchKeyboard</name>
    <message>
        <location filename="../../ui/touch_keyboard.py" line="42"/>
        <source>Space</source>
        <translation>Leerzeichen</translation>
    </message>
    <message>
        <location filename="../../ui/touch_keyboard.py" line="43"/>
        <source>Clear</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <location filename="../../ui/attendee_screens.py" line="67"/>
        <source>Welcome!</source>
        <translation>Willkommen!</translation>
    </message>
    <message>
        <location filename="../../ui/attendee_screens.py" line="68"/>
        <source>Hold the QR code of your ticket under the scanner.</source>
        <translation>Halten Sie den QR-Code Ihres Tickets unter den Scanner.</translation>
    </message>
    <message>
        <location filename="../../ui/attendee_screens.py" line="69"/>
        <source>Find me by name</source>
        <translation>Mit Namen suchen</translation>
    </message>
    <message>
        <location filename="../../ui/attendee_screens.py" line="70"/>
        <source>…or show it to the camera.</source>
        <translation>… oder zeigen Sie ihn der Kamera.</translation>
    </message>
</context>
</TS>
