"""The phones' web server (`kiosk serve`): a Starlette app on uvicorn, in a process of its own, that lets
phones on the venue network vote in the open polls and read the programme. Nothing on it can run a poll.

`join` (the address and join code guests are shown), `process` (how the moderator console starts it),
`secret` (the event's cookie key), `device` (signed device cookies), `writer` (ballots grouped into short
commits), `feed` (the one watcher of the database and the server-sent events it fans out), `api` (the JSON
routes), `app` (the application and its headers), `server` (uvicorn, limits, TLS), `language` (the phone's
language and the reasons in it), `programme` (the programme for the phone's second tab).
"""
