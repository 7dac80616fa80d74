<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ArrivalsChart</name>
    <message>
        <location filename="../../ui/arrivals_chart.py" line="36"/>
        <source>No arrivals yet.</source>
        <translation>No arrivals yet.</translation>
    </message>
</context>
<context>
    <name>AttendeeKiosk</name>
    <message>
        <location filename="../../ui/attendee_kiosk.py" line="67"/>
        <source>English</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <location filename="../../ui/attendee_kiosk.py" line="155"/>
        <source>We need to check this at the help desk</source>
        <translation>We need to check this at the help desk</translation>
    </message>
    <message>
        <location filename="../../ui/attendee_kiosk.py" line="156"/>
        <source>Please go to the help desk – we will check you in there.</source>
        <translation>Please go to the help desk – we will check you in there.</translation>
    </message>
</context>
<context>
    <name>ConfirmScreen</name>
    <message>
        <location filename="../../ui/attendee_screens.py" line="185"/>
        <source>Is this you?</source>
        <translation>Is this you?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/attendee_screens.py" line="186"/>
        <source>To confirm, type the first %n letters of your e-mail address.</source>
        <translation>
            <numerusform>To confirm, type the first letter of your e-mail address.</numerusform>
            <numerusform>To confirm, type the first %n letters of your e-mail address.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/attendee_screens.py" line="188"/>
        <source>Check in</source>
        <translation>Check in</translation>
    </message>
    <message>
        <location filename="../../ui/attendee_screens.py" line="189"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../ui/attendee_screens.py" line="200"/>
        <source>That does not match. Please try again.</source>
        <translation>That does not match. Please try again.</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <location filename="../../ui/staff_attendees.py" line="173"/>
        <source>checked in</source>
        <translation>checked in</translation>
    </message>
    <message>
        <location filename="../../ui/staff_attendees.py" line="174"/>
        <source>was already checked in</source>
        <translation>was already checked in</translation>
    </message>
    <message>
        <location filename="../../ui/staff_attendees.py" line="175"/>
        <source>unknown code</source>
        <translation>unknown code</translation>
    </message>
    <message>
        <location filename="../../ui/staff_attendees.py" line="176"/>
        <source>invalid code</source>
        <translation>invalid code</translation>
    </message>
    <message>
        <location filename="../../ui/staff_attendees.py" line="177"/>
        <source>ticket cancelled</source>
        <translation>ticket cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/staff_attendees.py" line="178"/>
        <source>not valid today</source>
        <translation>not valid today</translation>
    </message>
</context>
<context>
    <name>OutcomeScreen</name>
    <message>
        <location filename="../../ui/attendee_screens.py" line="274"/>
        <source>Please go to the help desk – we will sort it out.</source>
        <translation>Please go to the help desk – we will sort it out.</translation>
    </message>
    <message>
        <location filename="../../ui/attendee_screens.py" line="278"/>
        <source>Welcome, {name}!</source>
        <translation>Welcome, {name}!</translation>
    </message>
    <message>
        <location filename="../../ui/attendee_screens.py" line="278"/>
        <source>You are checked in.</source>
        <translation>You are checked in.</translation>
    </message>
    <message>
        <location filename="../../ui/attendee_screens.py" line="280"/>
        <source>You are already checked in</source>
        <translation>You are already checked in</translation>
    </message>
    <message>
        <location filename="../../ui/attendee_screens.py" line="281"/>
        <source>Since {time} at {kiosk}. If that was not you, please go to the help desk.</source>
        <translation>Since {time} at {kiosk}. If that was not you, please go to the help desk.</translation>
    </message>
    <message>
        <location filename="../../ui/attendee_screens.py" line="284"/>
        <source>This ticket has been cancelled</source>
        <translation>This ticket has been cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/attendee_screens.py" line="286"/>
        <source>Your ticket is not valid today</source>
        <translation>Your ticket is not valid today</translation>
    </message>
    <message>
        <location filename="../../ui/attendee_screens.py" line="288"/>
        <source>This is not a ticket for this event</source>
        <translation>This is not a ticket for this event</translation>
    </message>
    <message>
        <location filename="../../ui/attendee_screens.py" line="290"/>
        <source>We could not find this ticket</source>
        <translation>We could not find this ticket</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../../ui/pin_pad.py" line="56"/>
        <source>Staff PIN</source>
        <translation>Staff PIN</translation>
    </message>
    <message>
        <location filename="../../ui/pin_pad.py" line="57"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../ui/pin_pad.py" line="58"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../ui/pin_pad.py" line="86"/>
        <source>No staff PIN is set for this event (kiosk set-pin).</source>
        <translation>No staff PIN is set for this event (kiosk set-pin).</translation>
    </message>
    <message>
        <location filename="../../ui/pin_pad.py" line="88"/>
        <source>Wrong PIN.</source>
        <translation>Wrong PIN.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pin_pad.py" line="96"/>
        <source>Too many wrong tries. Try again in %n seconds.</source>
        <translation>
            <numerusform>Too many wrong tries. Try again in %n second.</numerusform>
            <numerusform>Too many wrong tries. Try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchScreen</name>
    <message>
        <location filename="../../ui/attendee_screens.py" line="116"/>
        <source>Find your registration</source>
        <translation>Find your registration</translation>
    </message>
    <message>
        <location filename="../../ui/attendee_screens.py" line="117"/>
        <source>Your name or organisation</source>
        <translation>Your name or organisation</translation>
    </message>
    <message>
        <location filename="../../ui/attendee_screens.py" line="118"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/attendee_screens.py" line="138"/>
        <source>Type at least %n letters of your name.</source>
        <translation>
            <numerusform>Type at least %n letter of your name.</numerusform>
            <numerusform>Type at least %n letters of your name.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/attendee_screens.py" line="140"/>
        <source>Nobody found. Check the spelling, or ask at the help desk.</source>
        <translation>Nobody found. Check the spelling, or ask at the help desk.</translation>
    </message>
    <message>
        <location filename="../../ui/attendee_screens.py" line="142"/>
        <source>Tap your name.</source>
        <translation>Tap your name.</translation>
    </message>
</context>
<context>
    <name>StaffAttendees</name>
    <message>
        <location filename="../../ui/staff_attendees.py" line="87"/>
        <source>Search name or organisation…</source>
        <translation>Search name or organisation…</translation>
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
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/staff_attendees.py" line="89"/>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location filename="../../ui/staff_attendees.py" line="89"/>
        <source>Checked in</source>
        <translation>Checked in</translation>
    </message>
    <message>
        <location filename="../../ui/staff_attendees.py" line="90"/>
        <source>Check in</source>
        <translation>Check in</translation>
    </message>
    <message>
        <location filename="../../ui/staff_attendees.py" line="91"/>
        <source>Reason for undoing</source>
        <translation>Reason for undoing</translation>
    </message>
    <message>
        <location filename="../../ui/staff_attendees.py" line="92"/>
        <source>Undo check-in</source>
        <translation>Undo check-in</translation>
    </message>
    <message>
        <location filename="../../ui/staff_attendees.py" line="93"/>
        <source>Walk-in</source>
        <translation>Walk-in</translation>
    </message>
    <message>
        <location filename="../../ui/staff_attendees.py" line="94"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/staff_attendees.py" line="94"/>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../ui/staff_attendees.py" line="94"/>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../../ui/staff_attendees.py" line="95"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/staff_attendees.py" line="102"/>
        <source>Register and check in</source>
        <translation>Register and check in</translation>
    </message>
    <message>
        <location filename="../../ui/staff_attendees.py" line="121"/>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/staff_attendees.py" line="134"/>
        <source>Select an attendee first.</source>
        <translation>Select an attendee first.</translation>
    </message>
    <message>
        <location filename="../../ui/staff_attendees.py" line="141"/>
        <source>Select an attendee and give a reason.</source>
        <translation>Select an attendee and give a reason.</translation>
    </message>
    <message>
        <location filename="../../ui/staff_attendees.py" line="144"/>
        <source>Check-in undone.</source>
        <translation>Check-in undone.</translation>
    </message>
    <message>
        <location filename="../../ui/staff_attendees.py" line="144"/>
        <source>This attendee is not checked in.</source>
        <translation>This attendee is not checked in.</translation>
    </message>
    <message>
        <location filename="../../ui/staff_attendees.py" line="154"/>
        <source>A walk-in needs at least a first or last name.</source>
        <translation>A walk-in needs at least a first or last name.</translation>
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
        <translation>Export CSV</translation>
    </message>
    <message>
        <location filename="../../ui/staff_desk.py" line="81"/>
        <source>Export Excel</source>
        <translation>Export Excel</translation>
    </message>
    <message>
        <location filename="../../ui/staff_desk.py" line="82"/>
        <source>Lock</source>
        <translation>Lock</translation>
    </message>
    <message>
        <location filename="../../ui/staff_desk.py" line="83"/>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../ui/staff_desk.py" line="84"/>
        <source>Attendees</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <location filename="../../ui/staff_desk.py" line="85"/>
        <source>Arrivals</source>
        <translation>Arrivals</translation>
    </message>
    <message>
        <location filename="../../ui/staff_desk.py" line="86"/>
        <source>Check-in log</source>
        <translation>Check-in log</translation>
    </message>
    <message>
        <location filename="../../ui/staff_desk.py" line="87"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/staff_desk.py" line="87"/>
        <source>Kiosk</source>
        <translation>Kiosk</translation>
    </message>
    <message>
        <location filename="../../ui/staff_desk.py" line="87"/>
        <source>Outcome</source>
        <translation>Outcome</translation>
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
        <translation>{done} of {expected} checked in</translation>
    </message>
    <message>
        <location filename="../../ui/staff_desk.py" line="126"/>
        <source>Export check-in list</source>
        <translation>Export check-in list</translation>
    </message>
    <message>
        <location filename="../../ui/staff_desk.py" line="134"/>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/staff_desk.py" line="144"/>
        <source>Exported %n attendees to {path}.</source>
        <translation>
            <numerusform>Exported %n attendee to {path}.</numerusform>
            <numerusform>Exported %n attendees to {path}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/staff_desk.py" line="148"/>
        <source>Export failed: {error}</source>
        <translation>Export failed: {error}</translation>
    </message>
</context>
<context>
    <name>TouchKeyboard</name>
    <message>
        <location filename="../../ui/touch_keyboard.py" line="42"/>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <location filename="../../ui/touch_keyboard.py" line="43"/>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <location filename="../../ui/attendee_screens.py" line="67"/>
        <source>Welcome!</source>
        <translation>Welcome!</translation>
    </message>
    <message>
        <location filename="../../ui/attendee_screens.py" line="68"/>
        <source>Hold the QR code of your ticket under the scanner.</source>
        <translation>Hold the QR code of your ticket under the scanner.</translation>
    </message>
    <message>
        <location filename="../../ui/attendee_screens.py" line="69"/>
        <source>Find me by name</source>
        <translation>Find me by name</translation>
    </message>
    <message>
        <location filename="../../ui/attendee_screens.py" line="70"/>
        <source>…or show it to the camera.</source>
        <translation>…or show it to the camera.</translation>
    </message>
</context>
</TS>
