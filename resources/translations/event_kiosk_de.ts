<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ArrivalsChart</name>
    <message numerus="yes">
        <location filename="../../ui/staff/arrivals_chart.py" line="44"/>
        <source>Arrivals per %n minutes</source>
        <translation>
            <numerusform>Ankünfte je Minute</numerusform>
            <numerusform>Ankünfte je %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/staff/arrivals_chart.py" line="65"/>
        <source>No arrivals yet.</source>
        <translation>Noch keine Ankünfte.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/arrivals_chart.py" line="99"/>
        <source>check-ins per quarter hour, by the time it starts</source>
        <translation>Check-ins je Viertelstunde, nach ihrem Beginn</translation>
    </message>
</context>
<context>
    <name>AttendeeKiosk</name>
    <message>
        <location filename="../../ui/attendee/kiosk.py" line="130"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/kiosk.py" line="131"/>
        <source>Programme</source>
        <translation>Programm</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/kiosk.py" line="132"/>
        <source>Vote now</source>
        <translation>Jetzt abstimmen</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/kiosk.py" line="369"/>
        <source>Thank you!</source>
        <translation>Danke!</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/kiosk.py" line="369"/>
        <source>Your topics are saved.</source>
        <translation>Ihre Themen sind gespeichert.</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/kiosk.py" line="388"/>
        <source>We need to check this at the help desk</source>
        <translation>Das klären wir am Info-Counter</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/kiosk.py" line="389"/>
        <source>Please go to the help desk – we will check you in there.</source>
        <translation>Bitte kommen Sie zum Info-Counter – wir checken Sie dort ein.</translation>
    </message>
</context>
<context>
    <name>BadgePanel</name>
    <message>
        <location filename="../../ui/staff/badge_panel.py" line="85"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../ui/staff/badge_panel.py" line="85"/>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location filename="../../ui/staff/badge_panel.py" line="85"/>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location filename="../../ui/staff/badge_panel.py" line="85"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/staff/badge_panel.py" line="86"/>
        <source>Reason for the reprint</source>
        <translation>Grund für den Nachdruck</translation>
    </message>
    <message>
        <location filename="../../ui/staff/badge_panel.py" line="90"/>
        <source>Save corrections</source>
        <translation>Korrekturen speichern</translation>
    </message>
    <message>
        <location filename="../../ui/staff/badge_panel.py" line="91"/>
        <source>Reprint badge</source>
        <translation>Badge nachdrucken</translation>
    </message>
    <message>
        <location filename="../../ui/staff/badge_panel.py" line="147"/>
        <source>No font can draw: {chars} – they print as boxes.</source>
        <translation>Keine Schrift kann darstellen: {chars} – sie werden als Kästchen gedruckt.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/badge_panel.py" line="151"/>
        <source>The preview failed: {error}</source>
        <translation>Die Vorschau ist fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/staff/badge_panel.py" line="159"/>
        <source>A badge needs a first or last name.</source>
        <translation>Ein Badge braucht einen Vor- oder Nachnamen.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/badge_panel.py" line="163"/>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/badge_panel.py" line="170"/>
        <source>Give a reason for the reprint.</source>
        <translation>Bitte einen Grund für den Nachdruck angeben.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/badge_panel.py" line="175"/>
        <source>Reprint queued.</source>
        <translation>Nachdruck in der Warteschlange.</translation>
    </message>
</context>
<context>
    <name>BarcampBoard</name>
    <message>
        <location filename="../../ui/staff/barcamp.py" line="167"/>
        <source>Title of the session</source>
        <translation>Titel der Session</translation>
    </message>
    <message>
        <location filename="../../ui/staff/barcamp.py" line="168"/>
        <source>Host</source>
        <translation>Gastgeber:in</translation>
    </message>
    <message>
        <location filename="../../ui/staff/barcamp.py" line="169"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../../ui/staff/barcamp.py" line="170"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/staff/barcamp.py" line="182"/>
        <source>free</source>
        <translation>frei</translation>
    </message>
    <message>
        <location filename="../../ui/staff/barcamp.py" line="232"/>
        <source>Not changed: {reason}</source>
        <translation>Nicht geändert: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/staff/barcamp.py" line="240"/>
        <source>No barcamp in event.toml: add [programme.barcamp] with rooms and slots.</source>
        <translation>Kein Barcamp in event.toml: [programme.barcamp] mit Räumen und Slots ergänzen.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/barcamp.py" line="242"/>
        <source>{room}, {time}: type the title and the host.</source>
        <translation>{room}, {time}: Titel und Gastgeber:in eingeben.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/barcamp.py" line="245"/>
        <source>Tap a free cell to move the session there (or drag it).</source>
        <translation>Freies Feld antippen, um die Session dorthin zu verschieben (oder sie ziehen).</translation>
    </message>
    <message>
        <location filename="../../ui/staff/barcamp.py" line="247"/>
        <source>Tap a free cell to add a session; tap a session to move it.</source>
        <translation>Freies Feld antippen für eine neue Session; eine Session antippen, um sie zu verschieben.</translation>
    </message>
</context>
<context>
    <name>ConfirmScreen</name>
    <message>
        <location filename="../../ui/attendee/screens.py" line="314"/>
        <source>Is this you?</source>
        <translation>Sind Sie das?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/attendee/screens.py" line="315"/>
        <source>To confirm, type the first %n letters of your e-mail address.</source>
        <translation>
            <numerusform>Zur Bestätigung tippen Sie den ersten Buchstaben Ihrer E-Mail-Adresse.</numerusform>
            <numerusform>Zur Bestätigung tippen Sie die ersten %n Buchstaben Ihrer E-Mail-Adresse.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/attendee/screens.py" line="317"/>
        <source>Check in</source>
        <translation>Einchecken</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/screens.py" line="318"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/screens.py" line="340"/>
        <source>That does not match. Please try again.</source>
        <translation>Das passt leider nicht. Bitte noch einmal versuchen.</translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <location filename="../../ui/programme/kiosk_pages.py" line="230"/>
        <source>{time} · {room}</source>
        <translation>{time} · {room}</translation>
    </message>
    <message>
        <location filename="../../ui/programme/kiosk_pages.py" line="233"/>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <location filename="../../ui/programme/kiosk_pages.py" line="233"/>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <location filename="../../ui/programme/kiosk_pages.py" line="234"/>
        <source>Track</source>
        <translation>Track</translation>
    </message>
    <message>
        <location filename="../../ui/programme/kiosk_pages.py" line="234"/>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../ui/programme/kiosk_pages.py" line="235"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
</context>
<context>
    <name>DoorSignBoard</name>
    <message>
        <location filename="../../ui/programme/door_sign.py" line="58"/>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <location filename="../../ui/programme/door_sign.py" line="60"/>
        <source>nothing running</source>
        <translation>gerade nichts</translation>
    </message>
    <message>
        <location filename="../../ui/programme/door_sign.py" line="62"/>
        <source>Next</source>
        <translation>Gleich</translation>
    </message>
    <message>
        <location filename="../../ui/programme/door_sign.py" line="65"/>
        <source>nothing more today</source>
        <translation>heute nichts mehr</translation>
    </message>
    <message>
        <location filename="../../ui/programme/door_sign.py" line="68"/>
        <source>Later today</source>
        <translation>Später heute</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../../ui/staff/attendees.py" line="256"/>
        <source>{count} guests no longer in the list were cancelled.</source>
        <translation>{count} Gäste, die nicht mehr in der Liste stehen, wurden storniert.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/attendees.py" line="259"/>
        <source>{count} guests are no longer in the list (not cancelled: see kiosk import --cancel-missing).</source>
        <translation>{count} Gäste stehen nicht mehr in der Liste (nicht storniert: siehe kiosk import --cancel-missing).</translation>
    </message>
    <message>
        <location filename="../../ui/staff/attendees.py" line="263"/>
        <source>{count} corrections made by staff were kept although the list has them differently.</source>
        <translation>{count} Korrekturen des Personals wurden beibehalten, obwohl die Liste anderes enthält.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/attendees.py" line="269"/>
        <source>Last import ({file}, {time}):</source>
        <translation>Letzter Import ({file}, {time}):</translation>
    </message>
    <message>
        <location filename="../../ui/staff/attendees.py" line="279"/>
        <source>Category &quot;{value}&quot; is not in event.toml: {count} guests (line {lines}).</source>
        <translation>Kategorie „{value}“ fehlt in event.toml: {count} Gäste (Zeile {lines}).</translation>
    </message>
    <message>
        <location filename="../../ui/staff/attendees.py" line="281"/>
        <source>&quot;?&quot; in {count} names, e.g. &quot;{value}&quot;: characters lost in the export? (line {lines})</source>
        <translation>„?“ in {count} Namen, z. B. „{value}“: beim Export verlorene Zeichen? (Zeile {lines})</translation>
    </message>
    <message>
        <location filename="../../ui/staff/attendees.py" line="283"/>
        <source>The updated list drops {count} of {total} imported guests – is it the whole list?</source>
        <translation>Der neuen Liste fehlen {count} von {total} importierten Gästen – ist sie vollständig?</translation>
    </message>
    <message>
        <location filename="../../ui/staff/attendees.py" line="285"/>
        <source>No ticket-code column found: {count} new guests got fresh codes.</source>
        <translation>Keine Spalte mit Ticket-Codes gefunden: {count} neue Gäste haben neue Codes bekommen.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/attendees.py" line="287"/>
        <source>Column &quot;{value}&quot; was read as the category but holds unique codes: ticket codes?</source>
        <translation>Spalte „{value}“ wurde als Kategorie gelesen, enthält aber lauter verschiedene Codes: Ticket-Codes?</translation>
    </message>
    <message>
        <location filename="../../ui/staff/attendees.py" line="289"/>
        <source>Guests no longer in the list were not cancelled: {count} rows have errors.</source>
        <translation>Gäste, die nicht mehr in der Liste stehen, wurden nicht storniert: {count} Zeilen sind fehlerhaft.</translation>
    </message>
</context>
<context>
    <name>InfoBoard</name>
    <message>
        <location filename="../../ui/programme/info_board.py" line="141"/>
        <source>Page {page} of {pages}</source>
        <translation>Seite {page} von {pages}</translation>
    </message>
    <message>
        <location filename="../../ui/programme/info_board.py" line="158"/>
        <source>Room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <location filename="../../ui/programme/info_board.py" line="158"/>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <location filename="../../ui/programme/info_board.py" line="159"/>
        <source>Next</source>
        <translation>Gleich</translation>
    </message>
    <message>
        <location filename="../../ui/programme/info_board.py" line="192"/>
        <source>nothing running</source>
        <translation>gerade nichts</translation>
    </message>
    <message>
        <location filename="../../ui/programme/info_board.py" line="206"/>
        <source>nothing more today</source>
        <translation>heute nichts mehr</translation>
    </message>
    <message>
        <location filename="../../ui/programme/info_board.py" line="221"/>
        <source>No more sessions today</source>
        <translation>Heute keine Sessions mehr</translation>
    </message>
    <message>
        <location filename="../../ui/programme/info_board.py" line="221"/>
        <source>No programme yet</source>
        <translation>Noch kein Programm</translation>
    </message>
    <message>
        <location filename="../../ui/programme/info_board.py" line="230"/>
        <source>Barcamp board</source>
        <translation>Barcamp-Board</translation>
    </message>
    <message>
        <location filename="../../ui/programme/info_board.py" line="252"/>
        <source>free</source>
        <translation>frei</translation>
    </message>
    <message>
        <location filename="../../ui/programme/info_board.py" line="267"/>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="182"/>
        <source>Quit the kiosk?</source>
        <translation>Kiosk beenden?</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="183"/>
        <source>The program ends and the screen stays empty until someone starts it again.</source>
        <translation>Das Programm endet, und der Bildschirm bleibt leer, bis jemand es neu startet.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="184"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="184"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>ModeratorConsole</name>
    <message>
        <location filename="../../ui/polls/console.py" line="195"/>
        <source>Phones: the web server stopped; it is started again in a moment.</source>
        <translation>Handys: Der Webserver ist ausgefallen und startet gleich wieder.</translation>
    </message>
    <message>
        <location filename="../../ui/polls/console.py" line="194"/>
        <source>Phones vote at %1 (code %2)</source>
        <translation>Handys stimmen hier ab: %1 (Code %2)</translation>
    </message>
    <message>
        <location filename="../../ui/polls/console.py" line="193"/>
        <source>Phones: the web server is starting …</source>
        <translation>Handys: Der Webserver startet …</translation>
    </message>
    <message>
        <location filename="../../ui/polls/console.py" line="163"/>
        <source>Live polls – moderation</source>
        <translation>Live-Umfragen – Moderation</translation>
    </message>
    <message>
        <location filename="../../ui/polls/console.py" line="164"/>
        <source>Countdown (seconds, 0 = none)</source>
        <translation>Countdown (Sekunden, 0 = keiner)</translation>
    </message>
    <message>
        <location filename="../../ui/polls/console.py" line="165"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/polls/console.py" line="166"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../ui/polls/console.py" line="167"/>
        <source>New round</source>
        <translation>Neue Runde</translation>
    </message>
    <message>
        <location filename="../../ui/polls/console.py" line="266"/>
        <source>Entries (waiting first)</source>
        <translation>Beiträge (wartende zuerst)</translation>
    </message>
    <message>
        <location filename="../../ui/polls/console.py" line="300"/>
        <source>Approve</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <location filename="../../ui/polls/console.py" line="300"/>
        <source>Hide</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <location filename="../../ui/polls/console.py" line="301"/>
        <source>Answered</source>
        <translation>Beantwortet</translation>
    </message>
    <message>
        <location filename="../../ui/polls/console.py" line="301"/>
        <source>Not answered</source>
        <translation>Nicht beantwortet</translation>
    </message>
    <message>
        <location filename="../../ui/polls/console.py" line="302"/>
        <source>Pin</source>
        <translation>Anheften</translation>
    </message>
    <message>
        <location filename="../../ui/polls/console.py" line="169"/>
        <source>On the stage now</source>
        <translation>Jetzt auf der Bühne</translation>
    </message>
    <message>
        <location filename="../../ui/polls/console.py" line="170"/>
        <source>Stage screen</source>
        <translation>Bühnenbildschirm</translation>
    </message>
    <message>
        <location filename="../../ui/polls/console.py" line="171"/>
        <source>Show the stage there</source>
        <translation>Bühne dort zeigen</translation>
    </message>
    <message>
        <location filename="../../ui/polls/console.py" line="215"/>
        <source>now in the programme</source>
        <translation>jetzt im Programm</translation>
    </message>
    <message>
        <location filename="../../ui/polls/console.py" line="229"/>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <location filename="../../ui/polls/console.py" line="229"/>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <location filename="../../ui/polls/console.py" line="229"/>
        <source>closed</source>
        <translation>beendet</translation>
    </message>
    <message>
        <location filename="../../ui/polls/console.py" line="231"/>
        <source>results shown</source>
        <translation>Ergebnisse gezeigt</translation>
    </message>
    <message>
        <location filename="../../ui/polls/console.py" line="244"/>
        <source>No polls yet: import polls.toml with “kiosk polls import”.</source>
        <translation>Noch keine Umfragen: polls.toml mit „kiosk polls import“ importieren.</translation>
    </message>
    <message>
        <location filename="../../ui/polls/console.py" line="252"/>
        <source>%1 · round %2</source>
        <translation>%1 · Runde %2</translation>
    </message>
    <message>
        <location filename="../../ui/polls/console.py" line="254"/>
        <source>Ballots: %1</source>
        <translation>Stimmen: %1</translation>
    </message>
    <message>
        <location filename="../../ui/polls/console.py" line="258"/>
        <source>Hide results</source>
        <translation>Ergebnisse ausblenden</translation>
    </message>
    <message>
        <location filename="../../ui/polls/console.py" line="258"/>
        <source>Show results</source>
        <translation>Ergebnisse zeigen</translation>
    </message>
    <message>
        <location filename="../../ui/polls/console.py" line="267"/>
        <source>Results so far (the stage shows them once revealed)</source>
        <translation>Bisherige Ergebnisse (die Bühne zeigt sie, sobald sie freigegeben sind)</translation>
    </message>
    <message>
        <location filename="../../ui/polls/console.py" line="271"/>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <location filename="../../ui/polls/console.py" line="271"/>
        <source>shown</source>
        <translation>gezeigt</translation>
    </message>
    <message>
        <location filename="../../ui/polls/console.py" line="271"/>
        <source>hidden</source>
        <translation>ausgeblendet</translation>
    </message>
    <message>
        <location filename="../../ui/polls/console.py" line="277"/>
        <source>pinned</source>
        <translation>angeheftet</translation>
    </message>
    <message>
        <location filename="../../ui/polls/console.py" line="279"/>
        <source>answered</source>
        <translation>beantwortet</translation>
    </message>
    <message>
        <location filename="../../ui/polls/console.py" line="281"/>
        <source>flagged: %1</source>
        <translation>markiert: %1</translation>
    </message>
    <message>
        <location filename="../../ui/polls/console.py" line="302"/>
        <source>Unpin</source>
        <translation>Lösen</translation>
    </message>
</context>
<context>
    <name>Moment</name>
    <message>
        <location filename="../../ui/attendee/screens.py" line="45"/>
        <source>ddd d MMM</source>
        <translation>ddd, d.M.</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/screens.py" line="38"/>
        <source>{date}, {time}</source>
        <translation>{date} um {time}</translation>
    </message>
</context>
<context>
    <name>NowNextPage</name>
    <message>
        <location filename="../../ui/programme/kiosk_pages.py" line="161"/>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <location filename="../../ui/programme/kiosk_pages.py" line="162"/>
        <source>Next</source>
        <translation>Gleich</translation>
    </message>
    <message>
        <location filename="../../ui/programme/kiosk_pages.py" line="163"/>
        <source>Nothing more on the programme today.</source>
        <translation>Heute steht nichts mehr auf dem Programm.</translation>
    </message>
    <message>
        <location filename="../../ui/programme/kiosk_pages.py" line="185"/>
        <source>nothing running</source>
        <translation>gerade nichts</translation>
    </message>
    <message>
        <location filename="../../ui/programme/kiosk_pages.py" line="187"/>
        <source>nothing more today</source>
        <translation>heute nichts mehr</translation>
    </message>
</context>
<context>
    <name>OneMoment</name>
    <message>
        <location filename="../../ui/attendee/screens.py" line="374"/>
        <source>One moment…</source>
        <translation>Einen Moment…</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <location filename="../../ui/staff/attendees.py" line="244"/>
        <source>replaced by a new ticket</source>
        <translation>durch ein neues Ticket ersetzt</translation>
    </message>
    <message>
        <location filename="../../ui/staff/attendees.py" line="245"/>
        <source>no longer in the list</source>
        <translation>nicht mehr in der Liste</translation>
    </message>
    <message>
        <location filename="../../ui/staff/attendees.py" line="247"/>
        <source>{name}: {outcome}</source>
        <translation>{name}: {outcome}</translation>
    </message>
    <message>
        <location filename="../../ui/staff/attendees.py" line="301"/>
        <source>checked in</source>
        <translation>eingecheckt</translation>
    </message>
    <message>
        <location filename="../../ui/staff/attendees.py" line="302"/>
        <source>was already checked in</source>
        <translation>war bereits eingecheckt</translation>
    </message>
    <message>
        <location filename="../../ui/staff/attendees.py" line="303"/>
        <source>unknown code</source>
        <translation>unbekannter Code</translation>
    </message>
    <message>
        <location filename="../../ui/staff/attendees.py" line="304"/>
        <source>invalid code</source>
        <translation>ungültiger Code</translation>
    </message>
    <message>
        <location filename="../../ui/staff/attendees.py" line="305"/>
        <source>ticket cancelled</source>
        <translation>Ticket storniert</translation>
    </message>
    <message>
        <location filename="../../ui/staff/attendees.py" line="306"/>
        <source>not valid today</source>
        <translation>heute nicht gültig</translation>
    </message>
</context>
<context>
    <name>OutcomeScreen</name>
    <message>
        <location filename="../../ui/attendee/outcome.py" line="165"/>
        <source>Pick my topics</source>
        <translation>Meine Themen wählen</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/outcome.py" line="221"/>
        <source>Please go to the help desk – we will sort it out.</source>
        <translation>Bitte kommen Sie zum Info-Counter – wir klären das.</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/outcome.py" line="228"/>
        <location filename="../../ui/attendee/outcome.py" line="231"/>
        <location filename="../../ui/attendee/outcome.py" line="234"/>
        <source>Welcome, {name}!</source>
        <translation>Willkommen, {name}!</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/outcome.py" line="234"/>
        <source>You are checked in.</source>
        <translation>Sie sind eingecheckt.</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/outcome.py" line="164"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/attendee/outcome.py" line="159"/>
        <source>This page closes in %n second(s).</source>
        <translation>
            <numerusform>Diese Seite schließt in %n Sekunde.</numerusform>
            <numerusform>Diese Seite schließt in %n Sekunden.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/attendee/outcome.py" line="166"/>
        <source>Find me by name</source>
        <translation>Mit Namen suchen</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/outcome.py" line="186"/>
        <source>Your topic badge is being printed.</source>
        <translation>Ihr Themen-Badge wird gedruckt.</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/outcome.py" line="199"/>
        <source>Your name search continues after this.</source>
        <translation>Danach geht Ihre Namenssuche weiter.</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/outcome.py" line="216"/>
        <source>at the printer next to this kiosk</source>
        <translation>am Drucker neben diesem Kiosk</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/outcome.py" line="217"/>
        <source>Pick it up {place}.</source>
        <translation>Abholung {place}.</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/outcome.py" line="225"/>
        <source>Welcome back, {name}!</source>
        <translation>Willkommen zurück, {name}!</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/outcome.py" line="226"/>
        <source>You are checked in for today.</source>
        <translation>Sie sind für heute eingecheckt.</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/outcome.py" line="228"/>
        <source>Your badge is being printed.</source>
        <translation>Ihr Badge wird gedruckt.</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/outcome.py" line="232"/>
        <source>Pick your topics – your badge prints right after.</source>
        <translation>Wählen Sie Ihre Themen – danach wird Ihr Badge gedruckt.</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/outcome.py" line="236"/>
        <source>You are checked in</source>
        <translation>Sie sind eingecheckt</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/outcome.py" line="236"/>
        <source>Your badge is on its way.</source>
        <translation>Ihr Badge kommt gleich.</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/outcome.py" line="238"/>
        <source>You are already checked in</source>
        <translation>Sie sind bereits eingecheckt</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/outcome.py" line="239"/>
        <source>If that was not you, please go to the help desk.</source>
        <translation>Falls Sie das nicht waren, kommen Sie bitte zum Info-Counter.</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/outcome.py" line="259"/>
        <source>Checked in {when} ({place}).</source>
        <translation>Eingecheckt {when} ({place}).</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/outcome.py" line="260"/>
        <source>Checked in {when}.</source>
        <translation>Eingecheckt {when}.</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/outcome.py" line="267"/>
        <source>on {date} at {time}</source>
        <translation>am {date} um {time}</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/outcome.py" line="269"/>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/attendee/outcome.py" line="271"/>
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>vor %n Minute</numerusform>
            <numerusform>vor %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/attendee/outcome.py" line="272"/>
        <source>at {time}</source>
        <translation>um {time}</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/outcome.py" line="242"/>
        <source>This ticket has been cancelled</source>
        <translation>Dieses Ticket wurde storniert</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/outcome.py" line="244"/>
        <source>Your ticket is not valid today</source>
        <translation>Ihr Ticket gilt heute nicht</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/outcome.py" line="246"/>
        <source>This is not a ticket for this event</source>
        <translation>Das ist kein Ticket für diese Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/outcome.py" line="247"/>
        <location filename="../../ui/attendee/outcome.py" line="250"/>
        <source>Find yourself by name – or go to the help desk, we will sort it out.</source>
        <translation>Suchen Sie sich mit Ihrem Namen – oder kommen Sie zum Info-Counter, wir klären das.</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/outcome.py" line="249"/>
        <source>We could not find this ticket</source>
        <translation>Dieses Ticket konnten wir nicht finden</translation>
    </message>
</context>
<context>
    <name>PhoneJoinPanel</name>
    <message>
        <location filename="../../ui/polls/phone_join.py" line="55"/>
        <source>Scan the code with your phone&apos;s camera, or open this address in its browser:</source>
        <translation>Scannen Sie den Code mit der Kamera Ihres Handys oder öffnen Sie diese Adresse im Browser:</translation>
    </message>
    <message>
        <location filename="../../ui/polls/phone_join.py" line="56"/>
        <source>Join code: %1</source>
        <translation>Zugangscode: %1</translation>
    </message>
    <message>
        <location filename="../../ui/polls/phone_join.py" line="57"/>
        <source>Your phone needs the event&apos;s Wi-Fi. No luck? Vote here at the kiosk instead.</source>
        <translation>Ihr Handy braucht das WLAN der Veranstaltung. Klappt es nicht? Dann stimmen Sie hier am Kiosk ab.</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../../ui/widgets/pin_pad.py" line="74"/>
        <source>Staff PIN</source>
        <translation>Team-PIN</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pin_pad.py" line="75"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pin_pad.py" line="76"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pin_pad.py" line="77"/>
        <source>Clear</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pin_pad.py" line="78"/>
        <source>Delete the last digit</source>
        <translation>Letzte Ziffer löschen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pin_pad.py" line="131"/>
        <source>No staff PIN is set for this event (kiosk set-pin).</source>
        <translation>Für diese Veranstaltung ist keine Team-PIN gesetzt (kiosk set-pin).</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pin_pad.py" line="130"/>
        <source>Wrong PIN.</source>
        <translation>Falsche PIN.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/pin_pad.py" line="125"/>
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
        <location filename="../../ui/staff/print_queue.py" line="35"/>
        <source>reprint: {reason}</source>
        <translation>Nachdruck: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/staff/print_queue.py" line="38"/>
        <source>first check-in</source>
        <translation>erster Check-in</translation>
    </message>
    <message>
        <location filename="../../ui/staff/print_queue.py" line="39"/>
        <source>topics chosen</source>
        <translation>Themen gewählt</translation>
    </message>
</context>
<context>
    <name>PrintState</name>
    <message>
        <location filename="../../ui/staff/print_queue.py" line="23"/>
        <source>waiting for topics</source>
        <translation>wartet auf Themen</translation>
    </message>
    <message>
        <location filename="../../ui/staff/print_queue.py" line="24"/>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <location filename="../../ui/staff/print_queue.py" line="25"/>
        <source>printing</source>
        <translation>wird gedruckt</translation>
    </message>
    <message>
        <location filename="../../ui/staff/print_queue.py" line="26"/>
        <source>printed</source>
        <translation>gedruckt</translation>
    </message>
    <message>
        <location filename="../../ui/staff/print_queue.py" line="27"/>
        <source>cancelled</source>
        <translation>storniert</translation>
    </message>
</context>
<context>
    <name>Programme</name>
    <message>
        <location filename="../../ui/programme/texts.py" line="19"/>
        <source>starting now</source>
        <translation>beginnt jetzt</translation>
    </message>
    <message>
        <location filename="../../ui/programme/texts.py" line="21"/>
        <source>in {minutes} min</source>
        <translation>in {minutes} Min.</translation>
    </message>
    <message>
        <location filename="../../ui/programme/texts.py" line="35"/>
        <source>just started</source>
        <translation>hat gerade begonnen</translation>
    </message>
    <message>
        <location filename="../../ui/programme/texts.py" line="37"/>
        <source>until {time}</source>
        <translation>bis {time}</translation>
    </message>
    <message>
        <location filename="../../ui/programme/texts.py" line="38"/>
        <source>{minutes} min left</source>
        <translation>noch {minutes} Min.</translation>
    </message>
    <message>
        <location filename="../../ui/programme/texts.py" line="44"/>
        <source>cancelled</source>
        <translation>entfällt</translation>
    </message>
    <message>
        <location filename="../../ui/programme/texts.py" line="46"/>
        <source>moved</source>
        <translation>verschoben</translation>
    </message>
    <message>
        <location filename="../../ui/programme/texts.py" line="48"/>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <location filename="../../ui/programme/texts.py" line="50"/>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <location filename="../../ui/programme/texts.py" line="78"/>
        <source>{mark}: {title} – {change}</source>
        <translation>{mark}: {title} – {change}</translation>
    </message>
    <message>
        <location filename="../../ui/programme/texts.py" line="80"/>
        <source>{mark}: {title} ({time}, {room})</source>
        <translation>{mark}: {title} ({time}, {room})</translation>
    </message>
</context>
<context>
    <name>ProgrammeScreen</name>
    <message>
        <location filename="../../ui/programme/kiosk_screen.py" line="120"/>
        <source>Programme</source>
        <translation>Programm</translation>
    </message>
    <message>
        <location filename="../../ui/programme/kiosk_screen.py" line="121"/>
        <source>Now / Next</source>
        <translation>Jetzt / Gleich</translation>
    </message>
    <message>
        <location filename="../../ui/programme/kiosk_screen.py" line="122"/>
        <source>The day</source>
        <translation>Der Tag</translation>
    </message>
    <message>
        <location filename="../../ui/programme/kiosk_screen.py" line="127"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../../ui/programme/kiosk_screen.py" line="127"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location filename="../../ui/programme/kiosk_screen.py" line="182"/>
        <source>All tracks</source>
        <translation>Alle Tracks</translation>
    </message>
    <message>
        <location filename="../../ui/programme/kiosk_screen.py" line="183"/>
        <source>All rooms</source>
        <translation>Alle Räume</translation>
    </message>
    <message>
        <location filename="../../ui/programme/kiosk_screen.py" line="184"/>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
</context>
<context>
    <name>SearchScreen</name>
    <message>
        <location filename="../../ui/attendee/screens.py" line="219"/>
        <source>Find your registration</source>
        <translation>Anmeldung suchen</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/screens.py" line="220"/>
        <source>Your name or organisation</source>
        <translation>Ihr Name oder Ihre Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/screens.py" line="221"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/attendee/screens.py" line="245"/>
        <source>Type at least %n letters of your name.</source>
        <translation>
            <numerusform>Tippen Sie mindestens %n Buchstaben Ihres Namens.</numerusform>
            <numerusform>Tippen Sie mindestens %n Buchstaben Ihres Namens.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/attendee/screens.py" line="247"/>
        <source>Nobody found. Check the spelling, or ask at the help desk.</source>
        <translation>Niemand gefunden. Bitte Schreibweise prüfen oder am Info-Counter fragen.</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/screens.py" line="242"/>
        <source>More found — keep typing</source>
        <translation>Weitere gefunden – bitte weitertippen</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/screens.py" line="249"/>
        <source>Tap your name.</source>
        <translation>Tippen Sie auf Ihren Namen.</translation>
    </message>
</context>
<context>
    <name>StaffAttendees</name>
    <message>
        <location filename="../../ui/staff/attendees.py" line="123"/>
        <source>Search name or organisation…</source>
        <translation>Name oder Organisation suchen …</translation>
    </message>
    <message>
        <location filename="../../ui/staff/attendees.py" line="124"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/staff/attendees.py" line="124"/>
        <location filename="../../ui/staff/attendees.py" line="133"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/staff/attendees.py" line="124"/>
        <location filename="../../ui/staff/attendees.py" line="134"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../../ui/staff/attendees.py" line="125"/>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location filename="../../ui/staff/attendees.py" line="125"/>
        <source>Checked in</source>
        <translation>Eingecheckt</translation>
    </message>
    <message>
        <location filename="../../ui/staff/attendees.py" line="126"/>
        <source>Check in</source>
        <translation>Einchecken</translation>
    </message>
    <message>
        <location filename="../../ui/staff/attendees.py" line="127"/>
        <source>Reason for undoing</source>
        <translation>Grund für die Rücknahme</translation>
    </message>
    <message>
        <location filename="../../ui/staff/attendees.py" line="130"/>
        <source>Undo check-in</source>
        <translation>Check-in zurücknehmen</translation>
    </message>
    <message>
        <location filename="../../ui/staff/attendees.py" line="131"/>
        <source>Keyboard</source>
        <translation>Tastatur</translation>
    </message>
    <message>
        <location filename="../../ui/staff/attendees.py" line="132"/>
        <source>Walk-in</source>
        <translation>Spontananmeldung</translation>
    </message>
    <message>
        <location filename="../../ui/staff/attendees.py" line="133"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../ui/staff/attendees.py" line="133"/>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location filename="../../ui/staff/attendees.py" line="133"/>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location filename="../../ui/staff/attendees.py" line="134"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../ui/staff/attendees.py" line="137"/>
        <source>Register and check in</source>
        <translation>Anmelden und einchecken</translation>
    </message>
    <message>
        <location filename="../../ui/staff/attendees.py" line="191"/>
        <source>cancelled</source>
        <translation>storniert</translation>
    </message>
    <message>
        <location filename="../../ui/staff/attendees.py" line="204"/>
        <source>Select an attendee first.</source>
        <translation>Bitte zuerst eine Person auswählen.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/attendees.py" line="211"/>
        <source>Select an attendee and give a reason.</source>
        <translation>Bitte eine Person auswählen und einen Grund angeben.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/attendees.py" line="214"/>
        <source>Check-in undone.</source>
        <translation>Check-in zurückgenommen.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/attendees.py" line="214"/>
        <source>This attendee is not checked in.</source>
        <translation>Diese Person ist nicht eingecheckt.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/attendees.py" line="224"/>
        <source>A walk-in needs at least a first or last name.</source>
        <translation>Für eine Spontananmeldung wird mindestens ein Vor- oder Nachname gebraucht.</translation>
    </message>
</context>
<context>
    <name>StaffDesk</name>
    <message>
        <location filename="../../ui/staff/desk.py" line="111"/>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="112"/>
        <source>Export Excel</source>
        <translation>Excel exportieren</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="113"/>
        <source>Lock</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="114"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="115"/>
        <source>Attendees</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="115"/>
        <source>Badge</source>
        <translation>Badge</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="115"/>
        <source>Print queue</source>
        <translation>Druckaufträge</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="116"/>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="116"/>
        <source>Arrivals</source>
        <translation>Ankünfte</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="116"/>
        <source>Check-in log</source>
        <translation>Check-in-Protokoll</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="118"/>
        <source>Programme</source>
        <translation>Programm</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="118"/>
        <source>Barcamp board</source>
        <translation>Barcamp-Board</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="119"/>
        <source>Venue sync</source>
        <translation>Abgleich</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="122"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="122"/>
        <source>Kiosk</source>
        <translation>Kiosk</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="122"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="123"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="123"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="176"/>
        <source>{done} of {expected} checked in</source>
        <translation>{done} von {expected} eingecheckt</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="201"/>
        <source>Export check-in list</source>
        <translation>Check-in-Liste exportieren</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="208"/>
        <source>Exporting…</source>
        <translation>Wird exportiert …</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/staff/desk.py" line="218"/>
        <source>Exported %n attendees to {path}.</source>
        <translation>
            <numerusform>%n Person nach {path} exportiert.</numerusform>
            <numerusform>%n Personen nach {path} exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="222"/>
        <source>Export failed: {error}</source>
        <translation>Export fehlgeschlagen: {error}</translation>
    </message>
</context>
<context>
    <name>StaffPrintQueue</name>
    <message>
        <location filename="../../ui/staff/print_queue.py" line="79"/>
        <source>Queued</source>
        <translation>Eingereiht</translation>
    </message>
    <message>
        <location filename="../../ui/staff/print_queue.py" line="79"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/staff/print_queue.py" line="79"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../ui/staff/print_queue.py" line="79"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/staff/print_queue.py" line="80"/>
        <source>Tries</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <location filename="../../ui/staff/print_queue.py" line="80"/>
        <source>Reason / printer message</source>
        <translation>Grund / Druckermeldung</translation>
    </message>
    <message>
        <location filename="../../ui/staff/print_queue.py" line="81"/>
        <source>Print again now</source>
        <translation>Jetzt erneut drucken</translation>
    </message>
    <message>
        <location filename="../../ui/staff/print_queue.py" line="82"/>
        <source>Cancel job</source>
        <translation>Auftrag abbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/staff/print_queue.py" line="95"/>
        <location filename="../../ui/staff/print_queue.py" line="102"/>
        <source>topic badge</source>
        <translation>Themen-Badge</translation>
    </message>
    <message>
        <location filename="../../ui/staff/print_queue.py" line="95"/>
        <location filename="../../ui/staff/print_queue.py" line="102"/>
        <source>badge</source>
        <translation>Badge</translation>
    </message>
    <message>
        <location filename="../../ui/staff/print_queue.py" line="106"/>
        <source>{kind} at {kiosk}</source>
        <translation>{kind} bei {kiosk}</translation>
    </message>
    <message>
        <location filename="../../ui/staff/print_queue.py" line="113"/>
        <source>{waiting} waiting, {failing} with printer problems</source>
        <translation>{waiting} warten, {failing} mit Druckerproblemen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/staff/print_queue.py" line="116"/>
        <source>; %n open at other machines</source>
        <translation>
            <numerusform>; %n offen an anderen Geräten</numerusform>
            <numerusform>; %n offen an anderen Geräten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/staff/print_queue.py" line="118"/>
        <source>The print worker stopped and is being restarted. </source>
        <translation>Der Druckdienst war gestoppt und wird neu gestartet. </translation>
    </message>
</context>
<context>
    <name>StaffProgramme</name>
    <message>
        <location filename="../../ui/staff/programme.py" line="156"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../../ui/staff/programme.py" line="156"/>
        <location filename="../../ui/staff/programme.py" line="169"/>
        <location filename="../../ui/staff/programme.py" line="170"/>
        <source>Room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <location filename="../../ui/staff/programme.py" line="156"/>
        <location filename="../../ui/staff/programme.py" line="169"/>
        <location filename="../../ui/staff/programme.py" line="170"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../ui/staff/programme.py" line="157"/>
        <location filename="../../ui/staff/programme.py" line="169"/>
        <location filename="../../ui/staff/programme.py" line="170"/>
        <source>Speakers</source>
        <translation>Vortragende</translation>
    </message>
    <message>
        <location filename="../../ui/staff/programme.py" line="157"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/staff/programme.py" line="158"/>
        <source>Save title and speakers</source>
        <translation>Titel und Vortragende speichern</translation>
    </message>
    <message>
        <location filename="../../ui/staff/programme.py" line="159"/>
        <source>also the following sessions in this room</source>
        <translation>auch die folgenden Sessions in diesem Raum</translation>
    </message>
    <message>
        <location filename="../../ui/staff/programme.py" line="160"/>
        <source>Delay by these minutes</source>
        <translation>Um so viele Minuten verschieben</translation>
    </message>
    <message>
        <location filename="../../ui/staff/programme.py" line="161"/>
        <source>Move to this room</source>
        <translation>In diesen Raum verlegen</translation>
    </message>
    <message>
        <location filename="../../ui/staff/programme.py" line="162"/>
        <source>Cancel session</source>
        <translation>Session absagen</translation>
    </message>
    <message>
        <location filename="../../ui/staff/programme.py" line="163"/>
        <source>Revert the selected edit</source>
        <translation>Gewählte Änderung zurücknehmen</translation>
    </message>
    <message>
        <location filename="../../ui/staff/programme.py" line="164"/>
        <source>Add a session</source>
        <translation>Session hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/staff/programme.py" line="165"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/staff/programme.py" line="166"/>
        <source>Accept the new programme</source>
        <translation>Neues Programm übernehmen</translation>
    </message>
    <message>
        <location filename="../../ui/staff/programme.py" line="169"/>
        <location filename="../../ui/staff/programme.py" line="170"/>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location filename="../../ui/staff/programme.py" line="170"/>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location filename="../../ui/staff/programme.py" line="212"/>
        <source>{status} conflict: the source changed {fields}</source>
        <translation>{status} Konflikt: die Quelle hat {fields} geändert</translation>
    </message>
    <message>
        <location filename="../../ui/staff/programme.py" line="235"/>
        <source>No programme URL in event.toml: imports and edits only.</source>
        <translation>Keine Programm-URL in event.toml: nur Importe und Änderungen.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/programme.py" line="238"/>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <location filename="../../ui/staff/programme.py" line="239"/>
        <source>Following {url} — last fetched {when}</source>
        <translation>Folgt {url} — zuletzt geladen {when}</translation>
    </message>
    <message>
        <location filename="../../ui/staff/programme.py" line="241"/>
        <source>Last error ({when}): {error}</source>
        <translation>Letzter Fehler ({when}): {error}</translation>
    </message>
    <message>
        <location filename="../../ui/staff/programme.py" line="245"/>
        <source>A download with {incoming} sessions (now {current}) waits for your confirmation.</source>
        <translation>Ein Download mit {incoming} Sessions (jetzt {current}) wartet auf Ihre Bestätigung.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/programme.py" line="271"/>
        <source>Select a session to change it</source>
        <translation>Session auswählen, um sie zu ändern</translation>
    </message>
    <message>
        <location filename="../../ui/staff/programme.py" line="279"/>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <location filename="../../ui/staff/programme.py" line="280"/>
        <source>{when}: {fields}</source>
        <translation>{when}: {fields}</translation>
    </message>
    <message>
        <location filename="../../ui/staff/programme.py" line="294"/>
        <source>Not changed: {reason}</source>
        <translation>Nicht geändert: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/staff/programme.py" line="296"/>
        <source>Saved. Every screen shows it within seconds.</source>
        <translation>Gespeichert. Alle Bildschirme zeigen es in wenigen Sekunden.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/programme.py" line="350"/>
        <source>The new programme is in.</source>
        <translation>Das neue Programm ist übernommen.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/programme.py" line="356"/>
        <source>Not accepted: {reason}</source>
        <translation>Nicht übernommen: {reason}</translation>
    </message>
</context>
<context>
    <name>StaffTopics</name>
    <message>
        <location filename="../../ui/staff/topics.py" line="35"/>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location filename="../../ui/staff/topics.py" line="35"/>
        <source>I can talk about</source>
        <translation>Kann erzählen</translation>
    </message>
    <message>
        <location filename="../../ui/staff/topics.py" line="36"/>
        <source>I would like to talk about</source>
        <translation>Möchte sprechen</translation>
    </message>
    <message>
        <location filename="../../ui/staff/topics.py" line="37"/>
        <source>Export topic counts (CSV)</source>
        <translation>Themen-Zählung exportieren (CSV)</translation>
    </message>
    <message>
        <location filename="../../ui/staff/topics.py" line="47"/>
        <source>Export topic counts</source>
        <translation>Themen-Zählung exportieren</translation>
    </message>
    <message>
        <location filename="../../ui/staff/topics.py" line="56"/>
        <source>Export failed: {error}</source>
        <translation>Export fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/staff/topics.py" line="58"/>
        <source>Exported to {path}.</source>
        <translation>Exportiert nach {path}.</translation>
    </message>
</context>
<context>
    <name>StageBoard</name>
    <message>
        <location filename="../../ui/stage/board.py" line="126"/>
        <location filename="../../ui/stage/board.py" line="252"/>
        <source>+%1 more</source>
        <translation>+%1 weitere</translation>
    </message>
    <message>
        <location filename="../../ui/stage/board.py" line="219"/>
        <source>Voting starts soon</source>
        <translation>Die Abstimmung beginnt gleich</translation>
    </message>
    <message>
        <location filename="../../ui/stage/board.py" line="221"/>
        <source>Voting has closed – the results follow</source>
        <translation>Die Abstimmung ist beendet – gleich folgen die Ergebnisse</translation>
    </message>
    <message>
        <location filename="../../ui/stage/board.py" line="223"/>
        <source>Vote now!</source>
        <translation>Jetzt abstimmen!</translation>
    </message>
    <message>
        <location filename="../../ui/stage/board.py" line="288"/>
        <source>Mean %1</source>
        <translation>Mittelwert %1</translation>
    </message>
    <message>
        <location filename="../../ui/stage/board.py" line="296"/>
        <source>No questions on screen yet</source>
        <translation>Noch keine Fragen auf dem Schirm</translation>
    </message>
    <message>
        <location filename="../../ui/stage/board.py" line="297"/>
        <source>No answers on screen yet</source>
        <translation>Noch keine Antworten auf dem Schirm</translation>
    </message>
    <message>
        <location filename="../../ui/stage/board.py" line="325"/>
        <source>Questions: %1</source>
        <translation>Fragen: %1</translation>
    </message>
    <message>
        <location filename="../../ui/stage/board.py" line="325"/>
        <source>Ballots: %1</source>
        <translation>Stimmen: %1</translation>
    </message>
    <message>
        <location filename="../../ui/stage/board.py" line="348"/>
        <source>Vote at the kiosk: tap “Vote now”</source>
        <translation>Abstimmen am Terminal: „Jetzt abstimmen“ antippen</translation>
    </message>
    <message>
        <location filename="../../ui/stage/board.py" line="361"/>
        <source>Vote with your phone:</source>
        <translation>Mit dem Handy abstimmen:</translation>
    </message>
    <message>
        <location filename="../../ui/stage/board.py" line="363"/>
        <source>Code %1 · or at the kiosk</source>
        <translation>Code %1 · oder am Kiosk</translation>
    </message>
    <message>
        <location filename="../../ui/stage/board.py" line="396"/>
        <source>Now: %1</source>
        <translation>Jetzt: %1</translation>
    </message>
    <message>
        <location filename="../../ui/stage/board.py" line="400"/>
        <source>Next: %1 %2</source>
        <translation>Danach: %1 %2</translation>
    </message>
</context>
<context>
    <name>TopicScreen</name>
    <message>
        <location filename="../../ui/attendee/topics.py" line="153"/>
        <source>My Digital, Your Digital</source>
        <translation>Mein Digital, Dein Digital</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/topics.py" line="154"/>
        <source>I can talk about</source>
        <translation>Darüber kann ich erzählen</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/topics.py" line="155"/>
        <source>I would like to talk about</source>
        <translation>Darüber möchte ich sprechen</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/topics.py" line="156"/>
        <source>Save my topics</source>
        <translation>Meine Themen speichern</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/topics.py" line="157"/>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/topics.py" line="230"/>
        <source>{chosen} of {most} chosen</source>
        <translation>{chosen} von {most} gewählt</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/topics.py" line="233"/>
        <source>That is the most – tap a chosen topic to free its place.</source>
        <translation>Mehr geht nicht – tippen Sie ein gewähltes Thema an, um Platz zu machen.</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/topics.py" line="236"/>
        <source>Tap a chosen topic again to remove it.</source>
        <translation>Tippen Sie ein gewähltes Thema noch einmal an, um es abzuwählen.</translation>
    </message>
</context>
<context>
    <name>TouchKeyboard</name>
    <message>
        <location filename="../../ui/widgets/touch_keyboard.py" line="69"/>
        <source>Space</source>
        <translation>Leerzeichen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/touch_keyboard.py" line="70"/>
        <source>Clear</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/touch_keyboard.py" line="71"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>VenueLine</name>
    <message>
        <location filename="../../ui/staff/venue_status.py" line="65"/>
        <source>Venue server connected</source>
        <translation>Veranstaltungsserver verbunden</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/staff/venue_status.py" line="68"/>
        <source>Venue server offline since {time} (%n min)</source>
        <translation>
            <numerusform>Veranstaltungsserver nicht erreichbar seit {time} (%n Min.)</numerusform>
            <numerusform>Veranstaltungsserver nicht erreichbar seit {time} (%n Min.)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/staff/venue_status.py" line="71"/>
        <source>Venue server not reached yet</source>
        <translation>Veranstaltungsserver noch nicht erreicht</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/staff/venue_status.py" line="72"/>
        <source>%n event(s) waiting to go out</source>
        <translation>
            <numerusform>%n Ereignis wartet auf den Versand</numerusform>
            <numerusform>%n Ereignisse warten auf den Versand</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/staff/venue_status.py" line="74"/>
        <source>last news from the server {time}</source>
        <translation>zuletzt vom Server: {time}</translation>
    </message>
    <message>
        <location filename="../../ui/staff/venue_status.py" line="75"/>
        <source>nothing from the server yet</source>
        <translation>noch nichts vom Server</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/staff/venue_status.py" line="78"/>
        <source>%n guest(s) welcomed twice</source>
        <translation>
            <numerusform>%n Gast doppelt eingelassen</numerusform>
            <numerusform>%n Gäste doppelt eingelassen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VenuePage</name>
    <message>
        <location filename="../../ui/staff/venue_status.py" line="103"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/staff/venue_status.py" line="103"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/staff/venue_status.py" line="103"/>
        <source>First welcome</source>
        <translation>Erster Einlass</translation>
    </message>
    <message>
        <location filename="../../ui/staff/venue_status.py" line="104"/>
        <source>Again</source>
        <translation>Nochmals</translation>
    </message>
    <message>
        <location filename="../../ui/staff/venue_status.py" line="125"/>
        <source>[venue] in event.toml is incomplete or wrong.</source>
        <translation>[venue] in event.toml ist unvollständig oder falsch.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/venue_status.py" line="126"/>
        <source>The venue server cannot be reached (network or server down).</source>
        <translation>Der Veranstaltungsserver ist nicht erreichbar (Netz oder Server ausgefallen).</translation>
    </message>
    <message>
        <location filename="../../ui/staff/venue_status.py" line="127"/>
        <source>The venue server refused this machine&apos;s password.</source>
        <translation>Der Veranstaltungsserver hat das Passwort dieses Geräts abgelehnt.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/venue_status.py" line="128"/>
        <source>The venue server has no such database.</source>
        <translation>Diese Datenbank gibt es auf dem Veranstaltungsserver nicht.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/venue_status.py" line="129"/>
        <source>The venue server does not know this machine&apos;s role.</source>
        <translation>Der Veranstaltungsserver kennt die Rolle dieses Geräts nicht.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/venue_status.py" line="130"/>
        <source>The venue server&apos;s database is not set up (kiosk venue init).</source>
        <translation>Die Datenbank des Veranstaltungsservers ist nicht eingerichtet (kiosk venue init).</translation>
    </message>
    <message>
        <location filename="../../ui/staff/venue_status.py" line="131"/>
        <source>This machine&apos;s role lacks rights on the venue server.</source>
        <translation>Der Rolle dieses Geräts fehlen Rechte auf dem Veranstaltungsserver.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/venue_status.py" line="133"/>
        <source>Syncing with the venue server failed.</source>
        <translation>Der Abgleich mit dem Veranstaltungsserver ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/venue_status.py" line="146"/>
        <source>Guests welcomed twice (both welcomes stay recorded):</source>
        <translation>Doppelt eingelassene Gäste (beide Einlässe bleiben erfasst):</translation>
    </message>
    <message>
        <location filename="../../ui/staff/venue_status.py" line="147"/>
        <source>No guest was welcomed twice.</source>
        <translation>Kein Gast wurde doppelt eingelassen.</translation>
    </message>
</context>
<context>
    <name>VotingScreen</name>
    <message>
        <location filename="../../ui/polls/kiosk_vote.py" line="141"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../../ui/polls/kiosk_vote.py" line="142"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location filename="../../ui/polls/kiosk_vote.py" line="143"/>
        <source>Send my vote</source>
        <translation>Stimme abgeben</translation>
    </message>
    <message>
        <location filename="../../ui/polls/kiosk_vote.py" line="144"/>
        <source>Your answer</source>
        <translation>Ihre Antwort</translation>
    </message>
    <message>
        <location filename="../../ui/polls/kiosk_vote.py" line="327"/>
        <source>Thank you for your vote!</source>
        <translation>Danke für Ihre Stimme!</translation>
    </message>
    <message>
        <location filename="../../ui/polls/kiosk_vote.py" line="150"/>
        <source>Please scan your badge or ticket to vote.</source>
        <translation>Bitte scannen Sie zum Abstimmen Ihr Badge oder Ihr Ticket.</translation>
    </message>
    <message>
        <location filename="../../ui/polls/kiosk_vote.py" line="145"/>
        <location filename="../../ui/polls/kiosk_vote.py" line="154"/>
        <source>Vote with your phone</source>
        <translation>Mit dem Handy abstimmen</translation>
    </message>
    <message>
        <location filename="../../ui/polls/kiosk_vote.py" line="152"/>
        <source>Which poll would you like to vote in?</source>
        <translation>Bei welcher Umfrage möchten Sie abstimmen?</translation>
    </message>
    <message>
        <location filename="../../ui/polls/kiosk_vote.py" line="214"/>
        <source>This code cannot vote</source>
        <translation>Mit diesem Code können Sie nicht abstimmen</translation>
    </message>
    <message>
        <location filename="../../ui/polls/kiosk_vote.py" line="214"/>
        <source>Please ask at the help desk.</source>
        <translation>Bitte fragen Sie am Info-Counter.</translation>
    </message>
    <message>
        <location filename="../../ui/polls/kiosk_vote.py" line="320"/>
        <source>Your vote was not counted</source>
        <translation>Ihre Stimme wurde nicht gezählt</translation>
    </message>
    <message>
        <location filename="../../ui/polls/kiosk_vote.py" line="325"/>
        <source>The results will be shown on the stage.</source>
        <translation>Die Ergebnisse sehen Sie gleich auf der Bühne.</translation>
    </message>
    <message>
        <location filename="../../ui/polls/kiosk_vote.py" line="326"/>
        <source>Your earlier vote was replaced.</source>
        <translation>Ihre frühere Stimme wurde ersetzt.</translation>
    </message>
    <message>
        <location filename="../../ui/polls/kiosk_vote.py" line="336"/>
        <source>You have already voted in this poll.</source>
        <translation>Sie haben bei dieser Umfrage schon abgestimmt.</translation>
    </message>
    <message>
        <location filename="../../ui/polls/kiosk_vote.py" line="337"/>
        <source>You have already asked this question.</source>
        <translation>Diese Frage haben Sie schon gestellt.</translation>
    </message>
    <message>
        <location filename="../../ui/polls/kiosk_vote.py" line="338"/>
        <source>This poll has just closed.</source>
        <translation>Diese Umfrage wurde gerade beendet.</translation>
    </message>
    <message>
        <location filename="../../ui/polls/kiosk_vote.py" line="339"/>
        <source>This poll is not open yet.</source>
        <translation>Diese Umfrage ist noch nicht geöffnet.</translation>
    </message>
    <message>
        <location filename="../../ui/polls/kiosk_vote.py" line="341"/>
        <source>Please check your answer and try again.</source>
        <translation>Bitte prüfen Sie Ihre Antwort und versuchen Sie es noch einmal.</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <location filename="../../ui/attendee/screens.py" line="130"/>
        <source>Welcome!</source>
        <translation>Willkommen!</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/screens.py" line="131"/>
        <source>Hold the QR code of your ticket under the scanner.</source>
        <translation>Halten Sie den QR-Code Ihres Tickets unter den Scanner.</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/screens.py" line="132"/>
        <source>Find me by name</source>
        <translation>Mit Namen suchen</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/screens.py" line="133"/>
        <source>…or show it to the camera.</source>
        <translation>… oder zeigen Sie ihn der Kamera.</translation>
    </message>
</context>
</TS>
