<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ArrivalsChart</name>
    <message numerus="yes">
        <location filename="../../ui/staff/arrivals_chart.py" line="44"/>
        <source>Arrivals per %n minutes</source>
        <translation>
            <numerusform>Arrivals per minute</numerusform>
            <numerusform>Arrivals per %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/staff/arrivals_chart.py" line="65"/>
        <source>No arrivals yet.</source>
        <translation>No arrivals yet.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/arrivals_chart.py" line="99"/>
        <source>check-ins per quarter hour, by the time it starts</source>
        <translation>check-ins per quarter hour, by the time it starts</translation>
    </message>
</context>
<context>
    <name>AttendeeKiosk</name>
    <message>
        <location filename="../../ui/attendee/kiosk.py" line="130"/>
        <source>English</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/kiosk.py" line="131"/>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/kiosk.py" line="132"/>
        <source>Vote now</source>
        <translation>Vote now</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/kiosk.py" line="369"/>
        <source>Thank you!</source>
        <translation>Thank you!</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/kiosk.py" line="369"/>
        <source>Your topics are saved.</source>
        <translation>Your topics are saved.</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/kiosk.py" line="388"/>
        <source>We need to check this at the help desk</source>
        <translation>We need to check this at the help desk</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/kiosk.py" line="389"/>
        <source>Please go to the help desk – we will check you in there.</source>
        <translation>Please go to the help desk – we will check you in there.</translation>
    </message>
</context>
<context>
    <name>BadgePanel</name>
    <message>
        <location filename="../../ui/staff/badge_panel.py" line="85"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/staff/badge_panel.py" line="85"/>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../ui/staff/badge_panel.py" line="85"/>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../../ui/staff/badge_panel.py" line="85"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/staff/badge_panel.py" line="86"/>
        <source>Reason for the reprint</source>
        <translation>Reason for the reprint</translation>
    </message>
    <message>
        <location filename="../../ui/staff/badge_panel.py" line="90"/>
        <source>Save corrections</source>
        <translation>Save corrections</translation>
    </message>
    <message>
        <location filename="../../ui/staff/badge_panel.py" line="91"/>
        <source>Reprint badge</source>
        <translation>Reprint badge</translation>
    </message>
    <message>
        <location filename="../../ui/staff/badge_panel.py" line="147"/>
        <source>No font can draw: {chars} – they print as boxes.</source>
        <translation>No font can draw: {chars} – they print as boxes.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/badge_panel.py" line="151"/>
        <source>The preview failed: {error}</source>
        <translation>The preview failed: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/staff/badge_panel.py" line="159"/>
        <source>A badge needs a first or last name.</source>
        <translation>A badge needs a first or last name.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/badge_panel.py" line="163"/>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/badge_panel.py" line="170"/>
        <source>Give a reason for the reprint.</source>
        <translation>Give a reason for the reprint.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/badge_panel.py" line="175"/>
        <source>Reprint queued.</source>
        <translation>Reprint queued.</translation>
    </message>
</context>
<context>
    <name>BarcampBoard</name>
    <message>
        <location filename="../../ui/staff/barcamp.py" line="167"/>
        <source>Title of the session</source>
        <translation>Title of the session</translation>
    </message>
    <message>
        <location filename="../../ui/staff/barcamp.py" line="168"/>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location filename="../../ui/staff/barcamp.py" line="169"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/staff/barcamp.py" line="170"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/staff/barcamp.py" line="182"/>
        <source>free</source>
        <translation>free</translation>
    </message>
    <message>
        <location filename="../../ui/staff/barcamp.py" line="232"/>
        <source>Not changed: {reason}</source>
        <translation>Not changed: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/staff/barcamp.py" line="240"/>
        <source>No barcamp in event.toml: add [programme.barcamp] with rooms and slots.</source>
        <translation>No barcamp in event.toml: add [programme.barcamp] with rooms and slots.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/barcamp.py" line="242"/>
        <source>{room}, {time}: type the title and the host.</source>
        <translation>{room}, {time}: type the title and the host.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/barcamp.py" line="245"/>
        <source>Tap a free cell to move the session there (or drag it).</source>
        <translation>Tap a free cell to move the session there (or drag it).</translation>
    </message>
    <message>
        <location filename="../../ui/staff/barcamp.py" line="247"/>
        <source>Tap a free cell to add a session; tap a session to move it.</source>
        <translation>Tap a free cell to add a session; tap a session to move it.</translation>
    </message>
</context>
<context>
    <name>ConfirmScreen</name>
    <message>
        <location filename="../../ui/attendee/screens.py" line="314"/>
        <source>Is this you?</source>
        <translation>Is this you?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/attendee/screens.py" line="315"/>
        <source>To confirm, type the first %n letters of your e-mail address.</source>
        <translation>
            <numerusform>To confirm, type the first letter of your e-mail address.</numerusform>
            <numerusform>To confirm, type the first %n letters of your e-mail address.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/attendee/screens.py" line="317"/>
        <source>Check in</source>
        <translation>Check in</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/screens.py" line="318"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/screens.py" line="340"/>
        <source>That does not match. Please try again.</source>
        <translation>That does not match. Please try again.</translation>
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
        <translation>German</translation>
    </message>
    <message>
        <location filename="../../ui/programme/kiosk_pages.py" line="233"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../ui/programme/kiosk_pages.py" line="234"/>
        <source>Track</source>
        <translation>Track</translation>
    </message>
    <message>
        <location filename="../../ui/programme/kiosk_pages.py" line="234"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/programme/kiosk_pages.py" line="235"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
</context>
<context>
    <name>DoorSignBoard</name>
    <message>
        <location filename="../../ui/programme/door_sign.py" line="58"/>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <location filename="../../ui/programme/door_sign.py" line="60"/>
        <source>nothing running</source>
        <translation>nothing running</translation>
    </message>
    <message>
        <location filename="../../ui/programme/door_sign.py" line="62"/>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../ui/programme/door_sign.py" line="65"/>
        <source>nothing more today</source>
        <translation>nothing more today</translation>
    </message>
    <message>
        <location filename="../../ui/programme/door_sign.py" line="68"/>
        <source>Later today</source>
        <translation>Later today</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../../ui/staff/attendees.py" line="256"/>
        <source>{count} guests no longer in the list were cancelled.</source>
        <translation>{count} guests no longer in the list were cancelled.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/attendees.py" line="259"/>
        <source>{count} guests are no longer in the list (not cancelled: see kiosk import --cancel-missing).</source>
        <translation>{count} guests are no longer in the list (not cancelled: see kiosk import --cancel-missing).</translation>
    </message>
    <message>
        <location filename="../../ui/staff/attendees.py" line="263"/>
        <source>{count} corrections made by staff were kept although the list has them differently.</source>
        <translation>{count} corrections made by staff were kept although the list has them differently.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/attendees.py" line="269"/>
        <source>Last import ({file}, {time}):</source>
        <translation>Last import ({file}, {time}):</translation>
    </message>
    <message>
        <location filename="../../ui/staff/attendees.py" line="279"/>
        <source>Category &quot;{value}&quot; is not in event.toml: {count} guests (line {lines}).</source>
        <translation>Category &quot;{value}&quot; is not in event.toml: {count} guests (line {lines}).</translation>
    </message>
    <message>
        <location filename="../../ui/staff/attendees.py" line="281"/>
        <source>&quot;?&quot; in {count} names, e.g. &quot;{value}&quot;: characters lost in the export? (line {lines})</source>
        <translation>&quot;?&quot; in {count} names, e.g. &quot;{value}&quot;: characters lost in the export? (line {lines})</translation>
    </message>
    <message>
        <location filename="../../ui/staff/attendees.py" line="283"/>
        <source>The updated list drops {count} of {total} imported guests – is it the whole list?</source>
        <translation>The updated list drops {count} of {total} imported guests – is it the whole list?</translation>
    </message>
    <message>
        <location filename="../../ui/staff/attendees.py" line="285"/>
        <source>No ticket-code column found: {count} new guests got fresh codes.</source>
        <translation>No ticket-code column found: {count} new guests got fresh codes.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/attendees.py" line="287"/>
        <source>Column &quot;{value}&quot; was read as the category but holds unique codes: ticket codes?</source>
        <translation>Column &quot;{value}&quot; was read as the category but holds unique codes: ticket codes?</translation>
    </message>
    <message>
        <location filename="../../ui/staff/attendees.py" line="289"/>
        <source>Guests no longer in the list were not cancelled: {count} rows have errors.</source>
        <translation>Guests no longer in the list were not cancelled: {count} rows have errors.</translation>
    </message>
</context>
<context>
    <name>InfoBoard</name>
    <message>
        <location filename="../../ui/programme/info_board.py" line="141"/>
        <source>Page {page} of {pages}</source>
        <translation>Page {page} of {pages}</translation>
    </message>
    <message>
        <location filename="../../ui/programme/info_board.py" line="158"/>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <location filename="../../ui/programme/info_board.py" line="158"/>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <location filename="../../ui/programme/info_board.py" line="159"/>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../ui/programme/info_board.py" line="192"/>
        <source>nothing running</source>
        <translation>nothing running</translation>
    </message>
    <message>
        <location filename="../../ui/programme/info_board.py" line="206"/>
        <source>nothing more today</source>
        <translation>nothing more today</translation>
    </message>
    <message>
        <location filename="../../ui/programme/info_board.py" line="221"/>
        <source>No more sessions today</source>
        <translation>No more sessions today</translation>
    </message>
    <message>
        <location filename="../../ui/programme/info_board.py" line="221"/>
        <source>No programme yet</source>
        <translation>No programme yet</translation>
    </message>
    <message>
        <location filename="../../ui/programme/info_board.py" line="230"/>
        <source>Barcamp board</source>
        <translation>Barcamp board</translation>
    </message>
    <message>
        <location filename="../../ui/programme/info_board.py" line="252"/>
        <source>free</source>
        <translation>free</translation>
    </message>
    <message>
        <location filename="../../ui/programme/info_board.py" line="267"/>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="182"/>
        <source>Quit the kiosk?</source>
        <translation>Quit the kiosk?</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="183"/>
        <source>The program ends and the screen stays empty until someone starts it again.</source>
        <translation>The program ends and the screen stays empty until someone starts it again.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="184"/>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="184"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ModeratorConsole</name>
    <message>
        <location filename="../../ui/polls/console.py" line="195"/>
        <source>Phones: the web server stopped; it is started again in a moment.</source>
        <translation>Phones: the web server stopped; it is started again in a moment.</translation>
    </message>
    <message>
        <location filename="../../ui/polls/console.py" line="194"/>
        <source>Phones vote at %1 (code %2)</source>
        <translation>Phones vote at %1 (code %2)</translation>
    </message>
    <message>
        <location filename="../../ui/polls/console.py" line="193"/>
        <source>Phones: the web server is starting …</source>
        <translation>Phones: the web server is starting …</translation>
    </message>
    <message>
        <location filename="../../ui/polls/console.py" line="163"/>
        <source>Live polls – moderation</source>
        <translation>Live polls – moderation</translation>
    </message>
    <message>
        <location filename="../../ui/polls/console.py" line="164"/>
        <source>Countdown (seconds, 0 = none)</source>
        <translation>Countdown (seconds, 0 = none)</translation>
    </message>
    <message>
        <location filename="../../ui/polls/console.py" line="165"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/polls/console.py" line="166"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/polls/console.py" line="167"/>
        <source>New round</source>
        <translation>New round</translation>
    </message>
    <message>
        <location filename="../../ui/polls/console.py" line="266"/>
        <source>Entries (waiting first)</source>
        <translation>Entries (waiting first)</translation>
    </message>
    <message>
        <location filename="../../ui/polls/console.py" line="300"/>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../ui/polls/console.py" line="300"/>
        <source>Hide</source>
        <translation>Hide</translation>
    </message>
    <message>
        <location filename="../../ui/polls/console.py" line="301"/>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <location filename="../../ui/polls/console.py" line="301"/>
        <source>Not answered</source>
        <translation>Not answered</translation>
    </message>
    <message>
        <location filename="../../ui/polls/console.py" line="302"/>
        <source>Pin</source>
        <translation>Pin</translation>
    </message>
    <message>
        <location filename="../../ui/polls/console.py" line="169"/>
        <source>On the stage now</source>
        <translation>On the stage now</translation>
    </message>
    <message>
        <location filename="../../ui/polls/console.py" line="170"/>
        <source>Stage screen</source>
        <translation>Stage screen</translation>
    </message>
    <message>
        <location filename="../../ui/polls/console.py" line="171"/>
        <source>Show the stage there</source>
        <translation>Show the stage there</translation>
    </message>
    <message>
        <location filename="../../ui/polls/console.py" line="215"/>
        <source>now in the programme</source>
        <translation>now in the programme</translation>
    </message>
    <message>
        <location filename="../../ui/polls/console.py" line="229"/>
        <source>draft</source>
        <translation>draft</translation>
    </message>
    <message>
        <location filename="../../ui/polls/console.py" line="229"/>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../ui/polls/console.py" line="229"/>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <location filename="../../ui/polls/console.py" line="231"/>
        <source>results shown</source>
        <translation>results shown</translation>
    </message>
    <message>
        <location filename="../../ui/polls/console.py" line="244"/>
        <source>No polls yet: import polls.toml with “kiosk polls import”.</source>
        <translation>No polls yet: import polls.toml with “kiosk polls import”.</translation>
    </message>
    <message>
        <location filename="../../ui/polls/console.py" line="252"/>
        <source>%1 · round %2</source>
        <translation>%1 · round %2</translation>
    </message>
    <message>
        <location filename="../../ui/polls/console.py" line="254"/>
        <source>Ballots: %1</source>
        <translation>Ballots: %1</translation>
    </message>
    <message>
        <location filename="../../ui/polls/console.py" line="258"/>
        <source>Hide results</source>
        <translation>Hide results</translation>
    </message>
    <message>
        <location filename="../../ui/polls/console.py" line="258"/>
        <source>Show results</source>
        <translation>Show results</translation>
    </message>
    <message>
        <location filename="../../ui/polls/console.py" line="267"/>
        <source>Results so far (the stage shows them once revealed)</source>
        <translation>Results so far (the stage shows them once revealed)</translation>
    </message>
    <message>
        <location filename="../../ui/polls/console.py" line="271"/>
        <source>waiting</source>
        <translation>waiting</translation>
    </message>
    <message>
        <location filename="../../ui/polls/console.py" line="271"/>
        <source>shown</source>
        <translation>shown</translation>
    </message>
    <message>
        <location filename="../../ui/polls/console.py" line="271"/>
        <source>hidden</source>
        <translation>hidden</translation>
    </message>
    <message>
        <location filename="../../ui/polls/console.py" line="277"/>
        <source>pinned</source>
        <translation>pinned</translation>
    </message>
    <message>
        <location filename="../../ui/polls/console.py" line="279"/>
        <source>answered</source>
        <translation>answered</translation>
    </message>
    <message>
        <location filename="../../ui/polls/console.py" line="281"/>
        <source>flagged: %1</source>
        <translation>flagged: %1</translation>
    </message>
    <message>
        <location filename="../../ui/polls/console.py" line="302"/>
        <source>Unpin</source>
        <translation>Unpin</translation>
    </message>
</context>
<context>
    <name>Moment</name>
    <message>
        <location filename="../../ui/attendee/screens.py" line="45"/>
        <source>ddd d MMM</source>
        <translation>ddd d MMM</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/screens.py" line="38"/>
        <source>{date}, {time}</source>
        <translation>{date}, {time}</translation>
    </message>
</context>
<context>
    <name>NowNextPage</name>
    <message>
        <location filename="../../ui/programme/kiosk_pages.py" line="161"/>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <location filename="../../ui/programme/kiosk_pages.py" line="162"/>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../ui/programme/kiosk_pages.py" line="163"/>
        <source>Nothing more on the programme today.</source>
        <translation>Nothing more on the programme today.</translation>
    </message>
    <message>
        <location filename="../../ui/programme/kiosk_pages.py" line="185"/>
        <source>nothing running</source>
        <translation>nothing running</translation>
    </message>
    <message>
        <location filename="../../ui/programme/kiosk_pages.py" line="187"/>
        <source>nothing more today</source>
        <translation>nothing more today</translation>
    </message>
</context>
<context>
    <name>OneMoment</name>
    <message>
        <location filename="../../ui/attendee/screens.py" line="374"/>
        <source>One moment…</source>
        <translation>One moment…</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <location filename="../../ui/staff/attendees.py" line="244"/>
        <source>replaced by a new ticket</source>
        <translation>replaced by a new ticket</translation>
    </message>
    <message>
        <location filename="../../ui/staff/attendees.py" line="245"/>
        <source>no longer in the list</source>
        <translation>no longer in the list</translation>
    </message>
    <message>
        <location filename="../../ui/staff/attendees.py" line="247"/>
        <source>{name}: {outcome}</source>
        <translation>{name}: {outcome}</translation>
    </message>
    <message>
        <location filename="../../ui/staff/attendees.py" line="301"/>
        <source>checked in</source>
        <translation>checked in</translation>
    </message>
    <message>
        <location filename="../../ui/staff/attendees.py" line="302"/>
        <source>was already checked in</source>
        <translation>was already checked in</translation>
    </message>
    <message>
        <location filename="../../ui/staff/attendees.py" line="303"/>
        <source>unknown code</source>
        <translation>unknown code</translation>
    </message>
    <message>
        <location filename="../../ui/staff/attendees.py" line="304"/>
        <source>invalid code</source>
        <translation>invalid code</translation>
    </message>
    <message>
        <location filename="../../ui/staff/attendees.py" line="305"/>
        <source>ticket cancelled</source>
        <translation>ticket cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/staff/attendees.py" line="306"/>
        <source>not valid today</source>
        <translation>not valid today</translation>
    </message>
</context>
<context>
    <name>OutcomeScreen</name>
    <message>
        <location filename="../../ui/attendee/outcome.py" line="165"/>
        <source>Pick my topics</source>
        <translation>Pick my topics</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/outcome.py" line="221"/>
        <source>Please go to the help desk – we will sort it out.</source>
        <translation>Please go to the help desk – we will sort it out.</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/outcome.py" line="228"/>
        <location filename="../../ui/attendee/outcome.py" line="231"/>
        <location filename="../../ui/attendee/outcome.py" line="234"/>
        <source>Welcome, {name}!</source>
        <translation>Welcome, {name}!</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/outcome.py" line="234"/>
        <source>You are checked in.</source>
        <translation>You are checked in.</translation>
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
            <numerusform>This page closes in %n second.</numerusform>
            <numerusform>This page closes in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/attendee/outcome.py" line="166"/>
        <source>Find me by name</source>
        <translation>Find me by name</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/outcome.py" line="186"/>
        <source>Your topic badge is being printed.</source>
        <translation>Your topic badge is being printed.</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/outcome.py" line="199"/>
        <source>Your name search continues after this.</source>
        <translation>Your name search continues after this.</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/outcome.py" line="216"/>
        <source>at the printer next to this kiosk</source>
        <translation>at the printer next to this kiosk</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/outcome.py" line="217"/>
        <source>Pick it up {place}.</source>
        <translation>Pick it up {place}.</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/outcome.py" line="225"/>
        <source>Welcome back, {name}!</source>
        <translation>Welcome back, {name}!</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/outcome.py" line="226"/>
        <source>You are checked in for today.</source>
        <translation>You are checked in for today.</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/outcome.py" line="228"/>
        <source>Your badge is being printed.</source>
        <translation>Your badge is being printed.</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/outcome.py" line="232"/>
        <source>Pick your topics – your badge prints right after.</source>
        <translation>Pick your topics – your badge prints right after.</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/outcome.py" line="236"/>
        <source>You are checked in</source>
        <translation>You are checked in</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/outcome.py" line="236"/>
        <source>Your badge is on its way.</source>
        <translation>Your badge is on its way.</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/outcome.py" line="238"/>
        <source>You are already checked in</source>
        <translation>You are already checked in</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/outcome.py" line="239"/>
        <source>If that was not you, please go to the help desk.</source>
        <translation>If that was not you, please go to the help desk.</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/outcome.py" line="259"/>
        <source>Checked in {when} ({place}).</source>
        <translation>Checked in {when} ({place}).</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/outcome.py" line="260"/>
        <source>Checked in {when}.</source>
        <translation>Checked in {when}.</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/outcome.py" line="267"/>
        <source>on {date} at {time}</source>
        <translation>on {date} at {time}</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/outcome.py" line="269"/>
        <source>just now</source>
        <translation>just now</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/attendee/outcome.py" line="271"/>
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/attendee/outcome.py" line="272"/>
        <source>at {time}</source>
        <translation>at {time}</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/outcome.py" line="242"/>
        <source>This ticket has been cancelled</source>
        <translation>This ticket has been cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/outcome.py" line="244"/>
        <source>Your ticket is not valid today</source>
        <translation>Your ticket is not valid today</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/outcome.py" line="246"/>
        <source>This is not a ticket for this event</source>
        <translation>This is not a ticket for this event</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/outcome.py" line="247"/>
        <location filename="../../ui/attendee/outcome.py" line="250"/>
        <source>Find yourself by name – or go to the help desk, we will sort it out.</source>
        <translation>Find yourself by name – or go to the help desk, we will sort it out.</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/outcome.py" line="249"/>
        <source>We could not find this ticket</source>
        <translation>We could not find this ticket</translation>
    </message>
</context>
<context>
    <name>PhoneJoinPanel</name>
    <message>
        <location filename="../../ui/polls/phone_join.py" line="55"/>
        <source>Scan the code with your phone&apos;s camera, or open this address in its browser:</source>
        <translation>Scan the code with your phone&apos;s camera, or open this address in its browser:</translation>
    </message>
    <message>
        <location filename="../../ui/polls/phone_join.py" line="56"/>
        <source>Join code: %1</source>
        <translation>Join code: %1</translation>
    </message>
    <message>
        <location filename="../../ui/polls/phone_join.py" line="57"/>
        <source>Your phone needs the event&apos;s Wi-Fi. No luck? Vote here at the kiosk instead.</source>
        <translation>Your phone needs the event&apos;s Wi-Fi. No luck? Vote here at the kiosk instead.</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../../ui/widgets/pin_pad.py" line="74"/>
        <source>Staff PIN</source>
        <translation>Staff PIN</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pin_pad.py" line="75"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pin_pad.py" line="76"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pin_pad.py" line="77"/>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pin_pad.py" line="78"/>
        <source>Delete the last digit</source>
        <translation>Delete the last digit</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pin_pad.py" line="131"/>
        <source>No staff PIN is set for this event (kiosk set-pin).</source>
        <translation>No staff PIN is set for this event (kiosk set-pin).</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pin_pad.py" line="130"/>
        <source>Wrong PIN.</source>
        <translation>Wrong PIN.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/pin_pad.py" line="125"/>
        <source>Too many wrong tries. Try again in %n seconds.</source>
        <translation>
            <numerusform>Too many wrong tries. Try again in %n second.</numerusform>
            <numerusform>Too many wrong tries. Try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintReason</name>
    <message>
        <location filename="../../ui/staff/print_queue.py" line="35"/>
        <source>reprint: {reason}</source>
        <translation>reprint: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/staff/print_queue.py" line="38"/>
        <source>first check-in</source>
        <translation>first check-in</translation>
    </message>
    <message>
        <location filename="../../ui/staff/print_queue.py" line="39"/>
        <source>topics chosen</source>
        <translation>topics chosen</translation>
    </message>
</context>
<context>
    <name>PrintState</name>
    <message>
        <location filename="../../ui/staff/print_queue.py" line="23"/>
        <source>waiting for topics</source>
        <translation>waiting for topics</translation>
    </message>
    <message>
        <location filename="../../ui/staff/print_queue.py" line="24"/>
        <source>waiting</source>
        <translation>waiting</translation>
    </message>
    <message>
        <location filename="../../ui/staff/print_queue.py" line="25"/>
        <source>printing</source>
        <translation>printing</translation>
    </message>
    <message>
        <location filename="../../ui/staff/print_queue.py" line="26"/>
        <source>printed</source>
        <translation>printed</translation>
    </message>
    <message>
        <location filename="../../ui/staff/print_queue.py" line="27"/>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
</context>
<context>
    <name>Programme</name>
    <message>
        <location filename="../../ui/programme/texts.py" line="19"/>
        <source>starting now</source>
        <translation>starting now</translation>
    </message>
    <message>
        <location filename="../../ui/programme/texts.py" line="21"/>
        <source>in {minutes} min</source>
        <translation>in {minutes} min</translation>
    </message>
    <message>
        <location filename="../../ui/programme/texts.py" line="35"/>
        <source>just started</source>
        <translation>just started</translation>
    </message>
    <message>
        <location filename="../../ui/programme/texts.py" line="37"/>
        <source>until {time}</source>
        <translation>until {time}</translation>
    </message>
    <message>
        <location filename="../../ui/programme/texts.py" line="38"/>
        <source>{minutes} min left</source>
        <translation>{minutes} min left</translation>
    </message>
    <message>
        <location filename="../../ui/programme/texts.py" line="44"/>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/programme/texts.py" line="46"/>
        <source>moved</source>
        <translation>moved</translation>
    </message>
    <message>
        <location filename="../../ui/programme/texts.py" line="48"/>
        <source>changed</source>
        <translation>changed</translation>
    </message>
    <message>
        <location filename="../../ui/programme/texts.py" line="50"/>
        <source>new</source>
        <translation>new</translation>
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
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../ui/programme/kiosk_screen.py" line="121"/>
        <source>Now / Next</source>
        <translation>Now / Next</translation>
    </message>
    <message>
        <location filename="../../ui/programme/kiosk_screen.py" line="122"/>
        <source>The day</source>
        <translation>The day</translation>
    </message>
    <message>
        <location filename="../../ui/programme/kiosk_screen.py" line="127"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../ui/programme/kiosk_screen.py" line="127"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../ui/programme/kiosk_screen.py" line="182"/>
        <source>All tracks</source>
        <translation>All tracks</translation>
    </message>
    <message>
        <location filename="../../ui/programme/kiosk_screen.py" line="183"/>
        <source>All rooms</source>
        <translation>All rooms</translation>
    </message>
    <message>
        <location filename="../../ui/programme/kiosk_screen.py" line="184"/>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
</context>
<context>
    <name>SearchScreen</name>
    <message>
        <location filename="../../ui/attendee/screens.py" line="219"/>
        <source>Find your registration</source>
        <translation>Find your registration</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/screens.py" line="220"/>
        <source>Your name or organisation</source>
        <translation>Your name or organisation</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/screens.py" line="221"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/attendee/screens.py" line="245"/>
        <source>Type at least %n letters of your name.</source>
        <translation>
            <numerusform>Type at least %n letter of your name.</numerusform>
            <numerusform>Type at least %n letters of your name.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/attendee/screens.py" line="247"/>
        <source>Nobody found. Check the spelling, or ask at the help desk.</source>
        <translation>Nobody found. Check the spelling, or ask at the help desk.</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/screens.py" line="242"/>
        <source>More found — keep typing</source>
        <translation>More found — keep typing</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/screens.py" line="249"/>
        <source>Tap your name.</source>
        <translation>Tap your name.</translation>
    </message>
</context>
<context>
    <name>StaffAttendees</name>
    <message>
        <location filename="../../ui/staff/attendees.py" line="123"/>
        <source>Search name or organisation…</source>
        <translation>Search name or organisation…</translation>
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
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/staff/attendees.py" line="125"/>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location filename="../../ui/staff/attendees.py" line="125"/>
        <source>Checked in</source>
        <translation>Checked in</translation>
    </message>
    <message>
        <location filename="../../ui/staff/attendees.py" line="126"/>
        <source>Check in</source>
        <translation>Check in</translation>
    </message>
    <message>
        <location filename="../../ui/staff/attendees.py" line="127"/>
        <source>Reason for undoing</source>
        <translation>Reason for undoing</translation>
    </message>
    <message>
        <location filename="../../ui/staff/attendees.py" line="130"/>
        <source>Undo check-in</source>
        <translation>Undo check-in</translation>
    </message>
    <message>
        <location filename="../../ui/staff/attendees.py" line="131"/>
        <source>Keyboard</source>
        <translation>Keyboard</translation>
    </message>
    <message>
        <location filename="../../ui/staff/attendees.py" line="132"/>
        <source>Walk-in</source>
        <translation>Walk-in</translation>
    </message>
    <message>
        <location filename="../../ui/staff/attendees.py" line="133"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/staff/attendees.py" line="133"/>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../ui/staff/attendees.py" line="133"/>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../../ui/staff/attendees.py" line="134"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/staff/attendees.py" line="137"/>
        <source>Register and check in</source>
        <translation>Register and check in</translation>
    </message>
    <message>
        <location filename="../../ui/staff/attendees.py" line="191"/>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/staff/attendees.py" line="204"/>
        <source>Select an attendee first.</source>
        <translation>Select an attendee first.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/attendees.py" line="211"/>
        <source>Select an attendee and give a reason.</source>
        <translation>Select an attendee and give a reason.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/attendees.py" line="214"/>
        <source>Check-in undone.</source>
        <translation>Check-in undone.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/attendees.py" line="214"/>
        <source>This attendee is not checked in.</source>
        <translation>This attendee is not checked in.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/attendees.py" line="224"/>
        <source>A walk-in needs at least a first or last name.</source>
        <translation>A walk-in needs at least a first or last name.</translation>
    </message>
</context>
<context>
    <name>StaffDesk</name>
    <message>
        <location filename="../../ui/staff/desk.py" line="111"/>
        <source>Export CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="112"/>
        <source>Export Excel</source>
        <translation>Export Excel</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="113"/>
        <source>Lock</source>
        <translation>Lock</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="114"/>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="115"/>
        <source>Attendees</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="115"/>
        <source>Badge</source>
        <translation>Badge</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="115"/>
        <source>Print queue</source>
        <translation>Print queue</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="116"/>
        <source>Topics</source>
        <translation>Topics</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="116"/>
        <source>Arrivals</source>
        <translation>Arrivals</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="116"/>
        <source>Check-in log</source>
        <translation>Check-in log</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="118"/>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="118"/>
        <source>Barcamp board</source>
        <translation>Barcamp board</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="119"/>
        <source>Venue sync</source>
        <translation>Venue sync</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="122"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="122"/>
        <source>Kiosk</source>
        <translation>Kiosk</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="122"/>
        <source>Outcome</source>
        <translation>Outcome</translation>
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
        <translation>{done} of {expected} checked in</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="201"/>
        <source>Export check-in list</source>
        <translation>Export check-in list</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="208"/>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/staff/desk.py" line="218"/>
        <source>Exported %n attendees to {path}.</source>
        <translation>
            <numerusform>Exported %n attendee to {path}.</numerusform>
            <numerusform>Exported %n attendees to {path}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="222"/>
        <source>Export failed: {error}</source>
        <translation>Export failed: {error}</translation>
    </message>
</context>
<context>
    <name>StaffPrintQueue</name>
    <message>
        <location filename="../../ui/staff/print_queue.py" line="79"/>
        <source>Queued</source>
        <translation>Queued</translation>
    </message>
    <message>
        <location filename="../../ui/staff/print_queue.py" line="79"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/staff/print_queue.py" line="79"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/staff/print_queue.py" line="79"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/staff/print_queue.py" line="80"/>
        <source>Tries</source>
        <translation>Tries</translation>
    </message>
    <message>
        <location filename="../../ui/staff/print_queue.py" line="80"/>
        <source>Reason / printer message</source>
        <translation>Reason / printer message</translation>
    </message>
    <message>
        <location filename="../../ui/staff/print_queue.py" line="81"/>
        <source>Print again now</source>
        <translation>Print again now</translation>
    </message>
    <message>
        <location filename="../../ui/staff/print_queue.py" line="82"/>
        <source>Cancel job</source>
        <translation>Cancel job</translation>
    </message>
    <message>
        <location filename="../../ui/staff/print_queue.py" line="95"/>
        <location filename="../../ui/staff/print_queue.py" line="102"/>
        <source>topic badge</source>
        <translation>topic badge</translation>
    </message>
    <message>
        <location filename="../../ui/staff/print_queue.py" line="95"/>
        <location filename="../../ui/staff/print_queue.py" line="102"/>
        <source>badge</source>
        <translation>badge</translation>
    </message>
    <message>
        <location filename="../../ui/staff/print_queue.py" line="106"/>
        <source>{kind} at {kiosk}</source>
        <translation>{kind} at {kiosk}</translation>
    </message>
    <message>
        <location filename="../../ui/staff/print_queue.py" line="113"/>
        <source>{waiting} waiting, {failing} with printer problems</source>
        <translation>{waiting} waiting, {failing} with printer problems</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/staff/print_queue.py" line="116"/>
        <source>; %n open at other machines</source>
        <translation>
            <numerusform>; %n open at another machine</numerusform>
            <numerusform>; %n open at other machines</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/staff/print_queue.py" line="118"/>
        <source>The print worker stopped and is being restarted. </source>
        <translation>The print worker stopped and is being restarted. </translation>
    </message>
</context>
<context>
    <name>StaffProgramme</name>
    <message>
        <location filename="../../ui/staff/programme.py" line="156"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/staff/programme.py" line="156"/>
        <location filename="../../ui/staff/programme.py" line="169"/>
        <location filename="../../ui/staff/programme.py" line="170"/>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <location filename="../../ui/staff/programme.py" line="156"/>
        <location filename="../../ui/staff/programme.py" line="169"/>
        <location filename="../../ui/staff/programme.py" line="170"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/staff/programme.py" line="157"/>
        <location filename="../../ui/staff/programme.py" line="169"/>
        <location filename="../../ui/staff/programme.py" line="170"/>
        <source>Speakers</source>
        <translation>Speakers</translation>
    </message>
    <message>
        <location filename="../../ui/staff/programme.py" line="157"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/staff/programme.py" line="158"/>
        <source>Save title and speakers</source>
        <translation>Save title and speakers</translation>
    </message>
    <message>
        <location filename="../../ui/staff/programme.py" line="159"/>
        <source>also the following sessions in this room</source>
        <translation>also the following sessions in this room</translation>
    </message>
    <message>
        <location filename="../../ui/staff/programme.py" line="160"/>
        <source>Delay by these minutes</source>
        <translation>Delay by these minutes</translation>
    </message>
    <message>
        <location filename="../../ui/staff/programme.py" line="161"/>
        <source>Move to this room</source>
        <translation>Move to this room</translation>
    </message>
    <message>
        <location filename="../../ui/staff/programme.py" line="162"/>
        <source>Cancel session</source>
        <translation>Cancel session</translation>
    </message>
    <message>
        <location filename="../../ui/staff/programme.py" line="163"/>
        <source>Revert the selected edit</source>
        <translation>Revert the selected edit</translation>
    </message>
    <message>
        <location filename="../../ui/staff/programme.py" line="164"/>
        <source>Add a session</source>
        <translation>Add a session</translation>
    </message>
    <message>
        <location filename="../../ui/staff/programme.py" line="165"/>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../ui/staff/programme.py" line="166"/>
        <source>Accept the new programme</source>
        <translation>Accept the new programme</translation>
    </message>
    <message>
        <location filename="../../ui/staff/programme.py" line="169"/>
        <location filename="../../ui/staff/programme.py" line="170"/>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../ui/staff/programme.py" line="170"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../ui/staff/programme.py" line="212"/>
        <source>{status} conflict: the source changed {fields}</source>
        <translation>{status} conflict: the source changed {fields}</translation>
    </message>
    <message>
        <location filename="../../ui/staff/programme.py" line="235"/>
        <source>No programme URL in event.toml: imports and edits only.</source>
        <translation>No programme URL in event.toml: imports and edits only.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/programme.py" line="238"/>
        <source>not yet</source>
        <translation>not yet</translation>
    </message>
    <message>
        <location filename="../../ui/staff/programme.py" line="239"/>
        <source>Following {url} — last fetched {when}</source>
        <translation>Following {url} — last fetched {when}</translation>
    </message>
    <message>
        <location filename="../../ui/staff/programme.py" line="241"/>
        <source>Last error ({when}): {error}</source>
        <translation>Last error ({when}): {error}</translation>
    </message>
    <message>
        <location filename="../../ui/staff/programme.py" line="245"/>
        <source>A download with {incoming} sessions (now {current}) waits for your confirmation.</source>
        <translation>A download with {incoming} sessions (now {current}) waits for your confirmation.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/programme.py" line="271"/>
        <source>Select a session to change it</source>
        <translation>Select a session to change it</translation>
    </message>
    <message>
        <location filename="../../ui/staff/programme.py" line="279"/>
        <source>added</source>
        <translation>added</translation>
    </message>
    <message>
        <location filename="../../ui/staff/programme.py" line="280"/>
        <source>{when}: {fields}</source>
        <translation>{when}: {fields}</translation>
    </message>
    <message>
        <location filename="../../ui/staff/programme.py" line="294"/>
        <source>Not changed: {reason}</source>
        <translation>Not changed: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/staff/programme.py" line="296"/>
        <source>Saved. Every screen shows it within seconds.</source>
        <translation>Saved. Every screen shows it within seconds.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/programme.py" line="350"/>
        <source>The new programme is in.</source>
        <translation>The new programme is in.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/programme.py" line="356"/>
        <source>Not accepted: {reason}</source>
        <translation>Not accepted: {reason}</translation>
    </message>
</context>
<context>
    <name>StaffTopics</name>
    <message>
        <location filename="../../ui/staff/topics.py" line="35"/>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../../ui/staff/topics.py" line="35"/>
        <source>I can talk about</source>
        <translation>I can talk about</translation>
    </message>
    <message>
        <location filename="../../ui/staff/topics.py" line="36"/>
        <source>I would like to talk about</source>
        <translation>I would like to talk about</translation>
    </message>
    <message>
        <location filename="../../ui/staff/topics.py" line="37"/>
        <source>Export topic counts (CSV)</source>
        <translation>Export topic counts (CSV)</translation>
    </message>
    <message>
        <location filename="../../ui/staff/topics.py" line="47"/>
        <source>Export topic counts</source>
        <translation>Export topic counts</translation>
    </message>
    <message>
        <location filename="../../ui/staff/topics.py" line="56"/>
        <source>Export failed: {error}</source>
        <translation>Export failed: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/staff/topics.py" line="58"/>
        <source>Exported to {path}.</source>
        <translation>Exported to {path}.</translation>
    </message>
</context>
<context>
    <name>StageBoard</name>
    <message>
        <location filename="../../ui/stage/board.py" line="126"/>
        <location filename="../../ui/stage/board.py" line="252"/>
        <source>+%1 more</source>
        <translation>+%1 more</translation>
    </message>
    <message>
        <location filename="../../ui/stage/board.py" line="219"/>
        <source>Voting starts soon</source>
        <translation>Voting starts soon</translation>
    </message>
    <message>
        <location filename="../../ui/stage/board.py" line="221"/>
        <source>Voting has closed – the results follow</source>
        <translation>Voting has closed – the results follow</translation>
    </message>
    <message>
        <location filename="../../ui/stage/board.py" line="223"/>
        <source>Vote now!</source>
        <translation>Vote now!</translation>
    </message>
    <message>
        <location filename="../../ui/stage/board.py" line="288"/>
        <source>Mean %1</source>
        <translation>Mean %1</translation>
    </message>
    <message>
        <location filename="../../ui/stage/board.py" line="296"/>
        <source>No questions on screen yet</source>
        <translation>No questions on screen yet</translation>
    </message>
    <message>
        <location filename="../../ui/stage/board.py" line="297"/>
        <source>No answers on screen yet</source>
        <translation>No answers on screen yet</translation>
    </message>
    <message>
        <location filename="../../ui/stage/board.py" line="325"/>
        <source>Questions: %1</source>
        <translation>Questions: %1</translation>
    </message>
    <message>
        <location filename="../../ui/stage/board.py" line="325"/>
        <source>Ballots: %1</source>
        <translation>Ballots: %1</translation>
    </message>
    <message>
        <location filename="../../ui/stage/board.py" line="348"/>
        <source>Vote at the kiosk: tap “Vote now”</source>
        <translation>Vote at the kiosk: tap “Vote now”</translation>
    </message>
    <message>
        <location filename="../../ui/stage/board.py" line="361"/>
        <source>Vote with your phone:</source>
        <translation>Vote with your phone:</translation>
    </message>
    <message>
        <location filename="../../ui/stage/board.py" line="363"/>
        <source>Code %1 · or at the kiosk</source>
        <translation>Code %1 · or at the kiosk</translation>
    </message>
    <message>
        <location filename="../../ui/stage/board.py" line="396"/>
        <source>Now: %1</source>
        <translation>Now: %1</translation>
    </message>
    <message>
        <location filename="../../ui/stage/board.py" line="400"/>
        <source>Next: %1 %2</source>
        <translation>Next: %1 %2</translation>
    </message>
</context>
<context>
    <name>TopicScreen</name>
    <message>
        <location filename="../../ui/attendee/topics.py" line="153"/>
        <source>My Digital, Your Digital</source>
        <translation>My Digital, Your Digital</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/topics.py" line="154"/>
        <source>I can talk about</source>
        <translation>I can talk about</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/topics.py" line="155"/>
        <source>I would like to talk about</source>
        <translation>I would like to talk about</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/topics.py" line="156"/>
        <source>Save my topics</source>
        <translation>Save my topics</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/topics.py" line="157"/>
        <source>Skip</source>
        <translation>Skip</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/topics.py" line="230"/>
        <source>{chosen} of {most} chosen</source>
        <translation>{chosen} of {most} chosen</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/topics.py" line="233"/>
        <source>That is the most – tap a chosen topic to free its place.</source>
        <translation>That is the most – tap a chosen topic to free its place.</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/topics.py" line="236"/>
        <source>Tap a chosen topic again to remove it.</source>
        <translation>Tap a chosen topic again to remove it.</translation>
    </message>
</context>
<context>
    <name>TouchKeyboard</name>
    <message>
        <location filename="../../ui/widgets/touch_keyboard.py" line="69"/>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/touch_keyboard.py" line="70"/>
        <source>Clear</source>
        <translation>Clear</translation>
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
        <translation>Venue server connected</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/staff/venue_status.py" line="68"/>
        <source>Venue server offline since {time} (%n min)</source>
        <translation>
            <numerusform>Venue server offline since {time} (%n min)</numerusform>
            <numerusform>Venue server offline since {time} (%n min)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/staff/venue_status.py" line="71"/>
        <source>Venue server not reached yet</source>
        <translation>Venue server not reached yet</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/staff/venue_status.py" line="72"/>
        <source>%n event(s) waiting to go out</source>
        <translation>
            <numerusform>%n event waiting to go out</numerusform>
            <numerusform>%n events waiting to go out</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/staff/venue_status.py" line="74"/>
        <source>last news from the server {time}</source>
        <translation>last news from the server {time}</translation>
    </message>
    <message>
        <location filename="../../ui/staff/venue_status.py" line="75"/>
        <source>nothing from the server yet</source>
        <translation>nothing from the server yet</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/staff/venue_status.py" line="78"/>
        <source>%n guest(s) welcomed twice</source>
        <translation>
            <numerusform>%n guest welcomed twice</numerusform>
            <numerusform>%n guests welcomed twice</numerusform>
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
        <translation>First welcome</translation>
    </message>
    <message>
        <location filename="../../ui/staff/venue_status.py" line="104"/>
        <source>Again</source>
        <translation>Again</translation>
    </message>
    <message>
        <location filename="../../ui/staff/venue_status.py" line="125"/>
        <source>[venue] in event.toml is incomplete or wrong.</source>
        <translation>[venue] in event.toml is incomplete or wrong.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/venue_status.py" line="126"/>
        <source>The venue server cannot be reached (network or server down).</source>
        <translation>The venue server cannot be reached (network or server down).</translation>
    </message>
    <message>
        <location filename="../../ui/staff/venue_status.py" line="127"/>
        <source>The venue server refused this machine&apos;s password.</source>
        <translation>The venue server refused this machine&apos;s password.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/venue_status.py" line="128"/>
        <source>The venue server has no such database.</source>
        <translation>The venue server has no such database.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/venue_status.py" line="129"/>
        <source>The venue server does not know this machine&apos;s role.</source>
        <translation>The venue server does not know this machine&apos;s role.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/venue_status.py" line="130"/>
        <source>The venue server&apos;s database is not set up (kiosk venue init).</source>
        <translation>The venue server&apos;s database is not set up (kiosk venue init).</translation>
    </message>
    <message>
        <location filename="../../ui/staff/venue_status.py" line="131"/>
        <source>This machine&apos;s role lacks rights on the venue server.</source>
        <translation>This machine&apos;s role lacks rights on the venue server.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/venue_status.py" line="133"/>
        <source>Syncing with the venue server failed.</source>
        <translation>Syncing with the venue server failed.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/venue_status.py" line="146"/>
        <source>Guests welcomed twice (both welcomes stay recorded):</source>
        <translation>Guests welcomed twice (both welcomes stay recorded):</translation>
    </message>
    <message>
        <location filename="../../ui/staff/venue_status.py" line="147"/>
        <source>No guest was welcomed twice.</source>
        <translation>No guest was welcomed twice.</translation>
    </message>
</context>
<context>
    <name>VotingScreen</name>
    <message>
        <location filename="../../ui/polls/kiosk_vote.py" line="141"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../ui/polls/kiosk_vote.py" line="142"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../ui/polls/kiosk_vote.py" line="143"/>
        <source>Send my vote</source>
        <translation>Send my vote</translation>
    </message>
    <message>
        <location filename="../../ui/polls/kiosk_vote.py" line="144"/>
        <source>Your answer</source>
        <translation>Your answer</translation>
    </message>
    <message>
        <location filename="../../ui/polls/kiosk_vote.py" line="327"/>
        <source>Thank you for your vote!</source>
        <translation>Thank you for your vote!</translation>
    </message>
    <message>
        <location filename="../../ui/polls/kiosk_vote.py" line="150"/>
        <source>Please scan your badge or ticket to vote.</source>
        <translation>Please scan your badge or ticket to vote.</translation>
    </message>
    <message>
        <location filename="../../ui/polls/kiosk_vote.py" line="145"/>
        <location filename="../../ui/polls/kiosk_vote.py" line="154"/>
        <source>Vote with your phone</source>
        <translation>Vote with your phone</translation>
    </message>
    <message>
        <location filename="../../ui/polls/kiosk_vote.py" line="152"/>
        <source>Which poll would you like to vote in?</source>
        <translation>Which poll would you like to vote in?</translation>
    </message>
    <message>
        <location filename="../../ui/polls/kiosk_vote.py" line="214"/>
        <source>This code cannot vote</source>
        <translation>This code cannot vote</translation>
    </message>
    <message>
        <location filename="../../ui/polls/kiosk_vote.py" line="214"/>
        <source>Please ask at the help desk.</source>
        <translation>Please ask at the help desk.</translation>
    </message>
    <message>
        <location filename="../../ui/polls/kiosk_vote.py" line="320"/>
        <source>Your vote was not counted</source>
        <translation>Your vote was not counted</translation>
    </message>
    <message>
        <location filename="../../ui/polls/kiosk_vote.py" line="325"/>
        <source>The results will be shown on the stage.</source>
        <translation>The results will be shown on the stage.</translation>
    </message>
    <message>
        <location filename="../../ui/polls/kiosk_vote.py" line="326"/>
        <source>Your earlier vote was replaced.</source>
        <translation>Your earlier vote was replaced.</translation>
    </message>
    <message>
        <location filename="../../ui/polls/kiosk_vote.py" line="336"/>
        <source>You have already voted in this poll.</source>
        <translation>You have already voted in this poll.</translation>
    </message>
    <message>
        <location filename="../../ui/polls/kiosk_vote.py" line="337"/>
        <source>You have already asked this question.</source>
        <translation>You have already asked this question.</translation>
    </message>
    <message>
        <location filename="../../ui/polls/kiosk_vote.py" line="338"/>
        <source>This poll has just closed.</source>
        <translation>This poll has just closed.</translation>
    </message>
    <message>
        <location filename="../../ui/polls/kiosk_vote.py" line="339"/>
        <source>This poll is not open yet.</source>
        <translation>This poll is not open yet.</translation>
    </message>
    <message>
        <location filename="../../ui/polls/kiosk_vote.py" line="341"/>
        <source>Please check your answer and try again.</source>
        <translation>Please check your answer and try again.</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <location filename="../../ui/attendee/screens.py" line="130"/>
        <source>Welcome!</source>
        <translation>Welcome!</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/screens.py" line="131"/>
        <source>Hold the QR code of your ticket under the scanner.</source>
        <translation>Hold the QR code of your ticket under the scanner.</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/screens.py" line="132"/>
        <source>Find me by name</source>
        <translation>Find me by name</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/screens.py" line="133"/>
        <source>…or show it to the camera.</source>
        <translation>…or show it to the camera.</translation>
    </message>
</context>
</TS>
