<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ArrivalsChart</name>
    <message>
        <location filename="../../ui/staff/arrivals_chart.py" line="36"/>
        <source>No arrivals yet.</source>
        <translation>No arrivals yet.</translation>
    </message>
</context>
<context>
    <name>AttendeeKiosk</name>
    <message>
        <location filename="../../ui/attendee/kiosk.py" line="79"/>
        <source>English</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/kiosk.py" line="184"/>
        <source>Thank you!</source>
        <translation>Thank you!</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/kiosk.py" line="184"/>
        <source>Your topics are saved.</source>
        <translation>Your topics are saved.</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/kiosk.py" line="197"/>
        <source>We need to check this at the help desk</source>
        <translation>We need to check this at the help desk</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/kiosk.py" line="198"/>
        <source>Please go to the help desk – we will check you in there.</source>
        <translation>Please go to the help desk – we will check you in there.</translation>
    </message>
</context>
<context>
    <name>BadgePanel</name>
    <message>
        <location filename="../../ui/staff/badge_panel.py" line="72"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/staff/badge_panel.py" line="72"/>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../ui/staff/badge_panel.py" line="72"/>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../../ui/staff/badge_panel.py" line="72"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/staff/badge_panel.py" line="73"/>
        <source>Reason for the reprint</source>
        <translation>Reason for the reprint</translation>
    </message>
    <message>
        <location filename="../../ui/staff/badge_panel.py" line="77"/>
        <source>Save corrections</source>
        <translation>Save corrections</translation>
    </message>
    <message>
        <location filename="../../ui/staff/badge_panel.py" line="78"/>
        <source>Reprint badge</source>
        <translation>Reprint badge</translation>
    </message>
    <message>
        <location filename="../../ui/staff/badge_panel.py" line="122"/>
        <source>No font can draw: {chars} – they print as boxes.</source>
        <translation>No font can draw: {chars} – they print as boxes.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/badge_panel.py" line="126"/>
        <source>The preview failed: {error}</source>
        <translation>The preview failed: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/staff/badge_panel.py" line="134"/>
        <source>A badge needs a first or last name.</source>
        <translation>A badge needs a first or last name.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/badge_panel.py" line="138"/>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/badge_panel.py" line="145"/>
        <source>Give a reason for the reprint.</source>
        <translation>Give a reason for the reprint.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/badge_panel.py" line="150"/>
        <source>Reprint queued.</source>
        <translation>Reprint queued.</translation>
    </message>
</context>
<context>
    <name>ConfirmScreen</name>
    <message>
        <location filename="../../ui/attendee/screens.py" line="190"/>
        <source>Is this you?</source>
        <translation>Is this you?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/attendee/screens.py" line="191"/>
        <source>To confirm, type the first %n letters of your e-mail address.</source>
        <translation>
            <numerusform>To confirm, type the first letter of your e-mail address.</numerusform>
            <numerusform>To confirm, type the first %n letters of your e-mail address.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/attendee/screens.py" line="193"/>
        <source>Check in</source>
        <translation>Check in</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/screens.py" line="194"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/screens.py" line="205"/>
        <source>That does not match. Please try again.</source>
        <translation>That does not match. Please try again.</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../../ui/staff/attendees.py" line="218"/>
        <source>{count} guests no longer in the list were cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/attendees.py" line="221"/>
        <source>{count} guests are no longer in the list (not cancelled: see kiosk import --cancel-missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/attendees.py" line="225"/>
        <source>{count} corrections made by staff were kept although the list has them differently.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/attendees.py" line="231"/>
        <source>Last import ({file}, {time}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/attendees.py" line="241"/>
        <source>Category &quot;{value}&quot; is not in event.toml: {count} guests (line {lines}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/attendees.py" line="243"/>
        <source>&quot;?&quot; in {count} names, e.g. &quot;{value}&quot;: characters lost in the export? (line {lines})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/attendees.py" line="245"/>
        <source>The updated list drops {count} of {total} imported guests – is it the whole list?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/attendees.py" line="247"/>
        <source>No ticket-code column found: {count} new guests got fresh codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/attendees.py" line="249"/>
        <source>Column &quot;{value}&quot; was read as the category but holds unique codes: ticket codes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/attendees.py" line="251"/>
        <source>Guests no longer in the list were not cancelled: {count} rows have errors.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="170"/>
        <source>Quit the kiosk?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="171"/>
        <source>The program ends and the screen stays empty until someone starts it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="172"/>
        <source>Quit</source>
        <translation type="unfinished">Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="172"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Moment</name>
    <message>
        <location filename="../../ui/attendee/screens.py" line="27"/>
        <source>ddd d MMM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/attendee/screens.py" line="28"/>
        <source>{date}, {time}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <location filename="../../ui/staff/attendees.py" line="206"/>
        <source>replaced by a new ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/attendees.py" line="207"/>
        <source>no longer in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/attendees.py" line="209"/>
        <source>{name}: {outcome}</source>
        <translation>{name}: {outcome}</translation>
    </message>
    <message>
        <location filename="../../ui/staff/attendees.py" line="263"/>
        <source>checked in</source>
        <translation>checked in</translation>
    </message>
    <message>
        <location filename="../../ui/staff/attendees.py" line="264"/>
        <source>was already checked in</source>
        <translation>was already checked in</translation>
    </message>
    <message>
        <location filename="../../ui/staff/attendees.py" line="265"/>
        <source>unknown code</source>
        <translation>unknown code</translation>
    </message>
    <message>
        <location filename="../../ui/staff/attendees.py" line="266"/>
        <source>invalid code</source>
        <translation>invalid code</translation>
    </message>
    <message>
        <location filename="../../ui/staff/attendees.py" line="267"/>
        <source>ticket cancelled</source>
        <translation>ticket cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/staff/attendees.py" line="268"/>
        <source>not valid today</source>
        <translation>not valid today</translation>
    </message>
</context>
<context>
    <name>OutcomeScreen</name>
    <message>
        <location filename="../../ui/attendee/screens.py" line="256"/>
        <source>Pick my topics</source>
        <translation>Pick my topics</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/screens.py" line="303"/>
        <source>Please go to the help desk – we will sort it out.</source>
        <translation>Please go to the help desk – we will sort it out.</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/screens.py" line="316"/>
        <source>Welcome, {name}!</source>
        <translation>Welcome, {name}!</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/screens.py" line="315"/>
        <source>You are checked in.</source>
        <translation>You are checked in.</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/screens.py" line="255"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/screens.py" line="307"/>
        <source>Welcome back, {name}!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/attendee/screens.py" line="308"/>
        <source>You are checked in for today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/attendee/screens.py" line="311"/>
        <source>Your badge is being printed.</source>
        <translation>Your badge is being printed.</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/screens.py" line="313"/>
        <source>Pick your topics – your badge prints right after.</source>
        <translation>Pick your topics – your badge prints right after.</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/screens.py" line="318"/>
        <source>You are already checked in</source>
        <translation>You are already checked in</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/screens.py" line="319"/>
        <source>Since {time} at {kiosk}. If that was not you, please go to the help desk.</source>
        <translation>Since {time} at {kiosk}. If that was not you, please go to the help desk.</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/screens.py" line="322"/>
        <source>This ticket has been cancelled</source>
        <translation>This ticket has been cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/screens.py" line="324"/>
        <source>Your ticket is not valid today</source>
        <translation>Your ticket is not valid today</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/screens.py" line="326"/>
        <source>This is not a ticket for this event</source>
        <translation>This is not a ticket for this event</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/screens.py" line="328"/>
        <source>We could not find this ticket</source>
        <translation>We could not find this ticket</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../../ui/widgets/pin_pad.py" line="56"/>
        <source>Staff PIN</source>
        <translation>Staff PIN</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pin_pad.py" line="57"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pin_pad.py" line="58"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pin_pad.py" line="82"/>
        <source>No staff PIN is set for this event (kiosk set-pin).</source>
        <translation>No staff PIN is set for this event (kiosk set-pin).</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pin_pad.py" line="84"/>
        <source>Wrong PIN.</source>
        <translation>Wrong PIN.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/pin_pad.py" line="92"/>
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
        <location filename="../../ui/staff/print_queue.py" line="32"/>
        <source>reprint: {reason}</source>
        <translation>reprint: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/staff/print_queue.py" line="35"/>
        <source>first check-in</source>
        <translation>first check-in</translation>
    </message>
    <message>
        <location filename="../../ui/staff/print_queue.py" line="36"/>
        <source>topics chosen</source>
        <translation>topics chosen</translation>
    </message>
</context>
<context>
    <name>PrintState</name>
    <message>
        <location filename="../../ui/staff/print_queue.py" line="20"/>
        <source>waiting for topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/print_queue.py" line="21"/>
        <source>waiting</source>
        <translation>waiting</translation>
    </message>
    <message>
        <location filename="../../ui/staff/print_queue.py" line="22"/>
        <source>printing</source>
        <translation>printing</translation>
    </message>
    <message>
        <location filename="../../ui/staff/print_queue.py" line="23"/>
        <source>printed</source>
        <translation>printed</translation>
    </message>
    <message>
        <location filename="../../ui/staff/print_queue.py" line="24"/>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
</context>
<context>
    <name>SearchScreen</name>
    <message>
        <location filename="../../ui/attendee/screens.py" line="119"/>
        <source>Find your registration</source>
        <translation>Find your registration</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/screens.py" line="120"/>
        <source>Your name or organisation</source>
        <translation>Your name or organisation</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/screens.py" line="121"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/attendee/screens.py" line="141"/>
        <source>Type at least %n letters of your name.</source>
        <translation>
            <numerusform>Type at least %n letter of your name.</numerusform>
            <numerusform>Type at least %n letters of your name.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/attendee/screens.py" line="143"/>
        <source>Nobody found. Check the spelling, or ask at the help desk.</source>
        <translation>Nobody found. Check the spelling, or ask at the help desk.</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/screens.py" line="145"/>
        <source>More found — keep typing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/attendee/screens.py" line="147"/>
        <source>Tap your name.</source>
        <translation>Tap your name.</translation>
    </message>
</context>
<context>
    <name>StaffAttendees</name>
    <message>
        <location filename="../../ui/staff/attendees.py" line="102"/>
        <source>Search name or organisation…</source>
        <translation>Search name or organisation…</translation>
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
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/staff/attendees.py" line="104"/>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location filename="../../ui/staff/attendees.py" line="104"/>
        <source>Checked in</source>
        <translation>Checked in</translation>
    </message>
    <message>
        <location filename="../../ui/staff/attendees.py" line="105"/>
        <source>Check in</source>
        <translation>Check in</translation>
    </message>
    <message>
        <location filename="../../ui/staff/attendees.py" line="106"/>
        <source>Reason for undoing</source>
        <translation>Reason for undoing</translation>
    </message>
    <message>
        <location filename="../../ui/staff/attendees.py" line="107"/>
        <source>Undo check-in</source>
        <translation>Undo check-in</translation>
    </message>
    <message>
        <location filename="../../ui/staff/attendees.py" line="108"/>
        <source>Walk-in</source>
        <translation>Walk-in</translation>
    </message>
    <message>
        <location filename="../../ui/staff/attendees.py" line="109"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/staff/attendees.py" line="109"/>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../ui/staff/attendees.py" line="109"/>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../../ui/staff/attendees.py" line="110"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/staff/attendees.py" line="117"/>
        <source>Register and check in</source>
        <translation>Register and check in</translation>
    </message>
    <message>
        <location filename="../../ui/staff/attendees.py" line="153"/>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/staff/attendees.py" line="166"/>
        <source>Select an attendee first.</source>
        <translation>Select an attendee first.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/attendees.py" line="173"/>
        <source>Select an attendee and give a reason.</source>
        <translation>Select an attendee and give a reason.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/attendees.py" line="176"/>
        <source>Check-in undone.</source>
        <translation>Check-in undone.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/attendees.py" line="176"/>
        <source>This attendee is not checked in.</source>
        <translation>This attendee is not checked in.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/attendees.py" line="186"/>
        <source>A walk-in needs at least a first or last name.</source>
        <translation>A walk-in needs at least a first or last name.</translation>
    </message>
</context>
<context>
    <name>StaffDesk</name>
    <message>
        <location filename="../../ui/staff/desk.py" line="87"/>
        <source>Export CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="88"/>
        <source>Export Excel</source>
        <translation>Export Excel</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="89"/>
        <source>Lock</source>
        <translation>Lock</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="90"/>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="91"/>
        <source>Attendees</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="91"/>
        <source>Badge</source>
        <translation>Badge</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="91"/>
        <source>Print queue</source>
        <translation>Print queue</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="92"/>
        <source>Topics</source>
        <translation>Topics</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="92"/>
        <source>Arrivals</source>
        <translation>Arrivals</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="92"/>
        <source>Check-in log</source>
        <translation>Check-in log</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="94"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="94"/>
        <source>Kiosk</source>
        <translation>Kiosk</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="94"/>
        <source>Outcome</source>
        <translation>Outcome</translation>
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
        <translation>{done} of {expected} checked in</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="132"/>
        <source>Export check-in list</source>
        <translation>Export check-in list</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="139"/>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/staff/desk.py" line="149"/>
        <source>Exported %n attendees to {path}.</source>
        <translation>
            <numerusform>Exported %n attendee to {path}.</numerusform>
            <numerusform>Exported %n attendees to {path}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="153"/>
        <source>Export failed: {error}</source>
        <translation>Export failed: {error}</translation>
    </message>
</context>
<context>
    <name>StaffPrintQueue</name>
    <message>
        <location filename="../../ui/staff/print_queue.py" line="72"/>
        <source>Queued</source>
        <translation>Queued</translation>
    </message>
    <message>
        <location filename="../../ui/staff/print_queue.py" line="72"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/staff/print_queue.py" line="72"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/staff/print_queue.py" line="72"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/staff/print_queue.py" line="73"/>
        <source>Tries</source>
        <translation>Tries</translation>
    </message>
    <message>
        <location filename="../../ui/staff/print_queue.py" line="73"/>
        <source>Reason / printer message</source>
        <translation>Reason / printer message</translation>
    </message>
    <message>
        <location filename="../../ui/staff/print_queue.py" line="74"/>
        <source>Print again now</source>
        <translation>Print again now</translation>
    </message>
    <message>
        <location filename="../../ui/staff/print_queue.py" line="75"/>
        <source>Cancel job</source>
        <translation>Cancel job</translation>
    </message>
    <message>
        <location filename="../../ui/staff/print_queue.py" line="89"/>
        <source>topic badge</source>
        <translation>topic badge</translation>
    </message>
    <message>
        <location filename="../../ui/staff/print_queue.py" line="89"/>
        <source>badge</source>
        <translation>badge</translation>
    </message>
    <message>
        <location filename="../../ui/staff/print_queue.py" line="98"/>
        <source>{waiting} waiting, {failing} with printer problems</source>
        <translation>{waiting} waiting, {failing} with printer problems</translation>
    </message>
    <message>
        <location filename="../../ui/staff/print_queue.py" line="101"/>
        <source>The print worker stopped and is being restarted. </source>
        <translation>The print worker stopped and is being restarted. </translation>
    </message>
</context>
<context>
    <name>StaffTopics</name>
    <message>
        <location filename="../../ui/staff/topics.py" line="36"/>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../../ui/staff/topics.py" line="36"/>
        <source>I can talk about</source>
        <translation>I can talk about</translation>
    </message>
    <message>
        <location filename="../../ui/staff/topics.py" line="37"/>
        <source>I would like to talk about</source>
        <translation>I would like to talk about</translation>
    </message>
    <message>
        <location filename="../../ui/staff/topics.py" line="38"/>
        <source>Export topic counts (CSV)</source>
        <translation>Export topic counts (CSV)</translation>
    </message>
    <message>
        <location filename="../../ui/staff/topics.py" line="49"/>
        <source>Export topic counts</source>
        <translation>Export topic counts</translation>
    </message>
    <message>
        <location filename="../../ui/staff/topics.py" line="56"/>
        <source>Exported to {path}.</source>
        <translation>Exported to {path}.</translation>
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
        <translation>I can talk about</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/topics.py" line="68"/>
        <source>I would like to talk about</source>
        <translation>I would like to talk about</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/topics.py" line="69"/>
        <source>Save my topics</source>
        <translation>Save my topics</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/topics.py" line="70"/>
        <source>Skip</source>
        <translation>Skip</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/topics.py" line="99"/>
        <source>{chosen} of {most} chosen</source>
        <translation>{chosen} of {most} chosen</translation>
    </message>
</context>
<context>
    <name>TouchKeyboard</name>
    <message>
        <location filename="../../ui/widgets/touch_keyboard.py" line="42"/>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/touch_keyboard.py" line="43"/>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <location filename="../../ui/attendee/screens.py" line="70"/>
        <source>Welcome!</source>
        <translation>Welcome!</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/screens.py" line="71"/>
        <source>Hold the QR code of your ticket under the scanner.</source>
        <translation>Hold the QR code of your ticket under the scanner.</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/screens.py" line="72"/>
        <source>Find me by name</source>
        <translation>Find me by name</translation>
    </message>
    <message>
        <location filename="../../ui/attendee/screens.py" line="73"/>
        <source>…or show it to the camera.</source>
        <translation>…or show it to the camera.</translation>
    </message>
</context>
</TS>
