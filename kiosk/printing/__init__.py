"""Printing badges: a queue of print jobs in the event database, printer backends, and the worker between them.

`queue` holds the jobs' state machine (held for the guest's topics → queued → printing → done, or cancelled
by staff; a failure goes back to queued with a back-off and its error kept; a worker claims a job with a
lease, so two workers never print one job), `backends` turns a printer spec such as `pdf`, `cups:QUEUE` or
`brother:QL-820NWB:tcp://192.168.1.20:62` into something that prints, and `worker` renders and sends the jobs
off the UI thread.
"""
